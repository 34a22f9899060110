/**
 * The OkHttp transport's implementation. Not exported: only
 * {@link io.ciscosparkapi.transport.okhttp.internal.OkHttpTransportProvider} is public, so that
 * {@link java.util.ServiceLoader} can instantiate it on the class path.
 */
package io.ciscosparkapi.transport.okhttp.internal;
