/**
 * The OkHttp transport's API: {@link io.ciscosparkapi.transport.okhttp.OkHttpTransport}, which
 * builds a {@link io.ciscosparkapi.transport.Transport} around an application's own
 * {@link okhttp3.OkHttpClient}. The transport the SDK finds by itself, under the name
 * {@code okhttp}, needs no code at all: adding this module is enough.
 */
package io.ciscosparkapi.transport.okhttp;
