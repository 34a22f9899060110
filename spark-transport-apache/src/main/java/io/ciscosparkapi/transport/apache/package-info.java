/**
 * The Apache HttpClient 5 transport's API:
 * {@link io.ciscosparkapi.transport.apache.ApacheTransport}, which builds a
 * {@link io.ciscosparkapi.transport.Transport} around an application's own
 * {@link org.apache.hc.client5.http.impl.classic.CloseableHttpClient}. The transport the SDK
 * finds by itself, under the name {@code apache}, needs no code at all: adding this module is
 * enough.
 */
package io.ciscosparkapi.transport.apache;
