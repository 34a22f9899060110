/**
 * The Apache HttpClient 5 transport's implementation. Not exported: only
 * {@link io.ciscosparkapi.transport.apache.internal.ApacheTransportProvider} is public, so that
 * {@link java.util.ServiceLoader} can instantiate it on the class path.
 *
 * <p>{@link io.ciscosparkapi.transport.apache.internal.ApacheClientTransport} sends
 * {@code execute} through the classic client and, for a transport the provider built,
 * {@code executeAsync} through the async client: the future of each exchange
 * ({@link io.ciscosparkapi.transport.apache.internal.AsyncClientExchange}), its request body
 * ({@link io.ciscosparkapi.transport.apache.internal.InMemoryEntityProducer},
 * {@link io.ciscosparkapi.transport.apache.internal.StreamedEntityProducer}, whose source is read
 * on the caller's executor) and its response
 * ({@link io.ciscosparkapi.transport.apache.internal.PipedResponseConsumer}, whose body flows
 * through a {@link io.ciscosparkapi.transport.apache.internal.ResponsePipe}) each have a class
 * of their own.
 */
package io.ciscosparkapi.transport.apache.internal;
