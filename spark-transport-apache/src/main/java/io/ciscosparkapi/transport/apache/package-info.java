/**
 * The Apache HttpClient 5 transport's API:
 * {@link io.ciscosparkapi.transport.apache.ApacheTransport}, which builds a
 * {@link io.ciscosparkapi.transport.Transport} around an application's own
 * {@link org.apache.hc.client5.http.impl.classic.CloseableHttpClient}. The transport the SDK
 * finds by itself, under the name {@code apache}, needs no code at all: adding this module is
 * enough.
 *
 * <p><b>Threads.</b> The transport the SDK finds by itself sends {@code execute} through
 * HttpClient's classic client, on the calling thread, and {@code executeAsync} through its async
 * client, started on the first {@code executeAsync}: an I/O reactor of daemon threads named
 * {@code ciscosparkapi-apache-io-N} (one per processor, plus one that starts the others and
 * waits for their end) carries every exchange in flight, however many, and no thread waits for
 * the server. The caller's code never runs on those threads: each future completes on the
 * executor the caller gives, a streamed request body is read from its source there, and a response body is read by
 * the caller on its own thread from a bounded buffer (about 256 KiB) that the reactor fills as
 * the caller drains it; a caller that stops reading stops its own connection, and nothing else.
 * One more daemon thread, {@code ciscosparkapi-apache-deadlines}, shared by every Apache
 * transport in the JVM, ends exchanges whose headers are later than their timeout. A transport
 * built with {@code ApacheTransport.wrap} has no async client: its {@code executeAsync} runs
 * {@code execute} on the caller's executor.
 */
package io.ciscosparkapi.transport.apache;
