/**
 * The Apache HttpClient 5 transport's implementation. Not exported: only
 * {@link io.ciscosparkapi.transport.apache.internal.ApacheTransportProvider} is public, so that
 * {@link java.util.ServiceLoader} can instantiate it on the class path.
 */
package io.ciscosparkapi.transport.apache.internal;
