package io.ciscosparkapi;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * One page of a listing, as Spark returned it.
 *
 * @param <T> the type of the items
 */
public interface Page<T> {

    /**
     * The items of this page, in the order Spark sent them.
     *
     * @return an unmodifiable list; empty for an empty page
     */
    List<T> items();

    /**
     * The link to the next page, from the response's {@code Link: <...>; rel="next"} header.
     * Pass it to {@link PagedIterable#resumeAt(URI)} to continue the listing later.
     *
     * @return the absolute URL of the next page, or empty on the last page
     */
    Optional<URI> nextLink();
}
