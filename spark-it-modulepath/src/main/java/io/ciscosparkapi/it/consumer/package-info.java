/**
 * The transport selection check run by this module's build; see
 * {@link io.ciscosparkapi.it.consumer.TransportSelectionCheck}.
 */
package io.ciscosparkapi.it.consumer;
