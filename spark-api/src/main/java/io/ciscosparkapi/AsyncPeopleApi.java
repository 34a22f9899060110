package io.ciscosparkapi;

import io.ciscosparkapi.model.Person;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The async twin of {@link PeopleApi}: the same operations with the same parameters, each returning
 * a future (listings an {@link AsyncPagedIterable}). Obtain it from
 * {@link AsyncCiscoSparkAPI#people()}.
 *
 * <p>Arguments are checked when a method is called, and a bad one throws there, before any
 * request, exactly as the blocking method throws it. Anything that goes wrong after that
 * completes the future exceptionally with the exception the blocking method would throw.
 * Thread-safe.
 */
public final class AsyncPeopleApi {

    private final Session session;

    AsyncPeopleApi(Session session) {
        this.session = session;
    }

    /**
     * Lists every person of the caller's organization. The async twin of {@link PeopleApi#list()}.
     *
     * @return an async listing
     */
    public AsyncPagedIterable<Person> list() {
        return session.listAsync(PeopleApi.listCall());
    }

    /**
     * Lists people with filters, e.g. {@code list(q -> q.displayName("Har"))}. The async twin of
     * {@link PeopleApi#list(Consumer)}.
     *
     * @param query sets the filters
     * @return an async listing
     */
    public AsyncPagedIterable<Person> list(Consumer<PeopleApi.ListQuery> query) {
        return session.listAsync(PeopleApi.listCall(query));
    }

    /**
     * Creates a person (admin only), e.g.
     * {@code create(p -> p.emails("bob@example.com").displayName("Bob"))}. The async twin of
     * {@link PeopleApi#create(Consumer)}.
     *
     * @param request sets the fields; {@code emails} is required and must not be empty
     * @return completes with the new person
     * @throws NullPointerException when {@code emails} is not set
     * @throws IllegalArgumentException when {@code emails} is empty or holds a blank address
     */
    public CompletableFuture<Person> create(Consumer<PeopleApi.CreateRequest> request) {
        return session.executeAsync(PeopleApi.createCall(request));
    }

    /**
     * Gets one person. The async twin of {@link PeopleApi#get(String)}.
     *
     * @param personId the person's id
     * @return completes with the person
     */
    public CompletableFuture<Person> get(String personId) {
        return session.executeAsync(PeopleApi.getCall(personId));
    }

    /**
     * Gets the caller: the person the access token belongs to ({@code GET people/me}). The async
     * twin of {@link PeopleApi#me()}.
     *
     * @return completes with the caller
     */
    public CompletableFuture<Person> me() {
        return session.executeAsync(PeopleApi.meCall());
    }

    /**
     * Updates a person (admin only) with exactly the fields set in {@code request}. The async twin
     * of {@link PeopleApi#update(String, Consumer)}.
     *
     * @param personId the person's id
     * @param request sets the fields
     * @return completes with the updated person
     */
    public CompletableFuture<Person> update(String personId, Consumer<PeopleApi.UpdateRequest> request) {
        return session.executeAsync(PeopleApi.updateCall(personId, request));
    }

    /**
     * Updates a person (admin only), starting from its current fields, so only what {@code request}
     * changes is changed: the body is pre-filled with the person's {@code emails},
     * {@code displayName}, {@code firstName}, {@code lastName}, {@code avatar}, {@code orgId},
     * {@code roles}, {@code licenses} and, when present, {@code phoneNumbers}, {@code extension},
     * {@code locationId}, {@code department}, {@code manager}, {@code managerId}, {@code title},
     * {@code addresses} and {@code siteUrls}. The async twin of
     * {@link PeopleApi#update(Person, Consumer)}.
     *
     * @param current the person as last read, e.g. from {@link #get(String)}
     * @param request changes fields of the pre-filled body
     * @return completes with the updated person
     */
    public CompletableFuture<Person> update(Person current, Consumer<PeopleApi.UpdateRequest> request) {
        return session.executeAsync(PeopleApi.updateCall(current, request));
    }

    /**
     * Deletes a person (admin only). The async twin of {@link PeopleApi#delete(String)}.
     *
     * @param personId the person's id
     * @return completes once deleted
     */
    public CompletableFuture<Void> delete(String personId) {
        return session.executeAsync(PeopleApi.deleteCall(personId));
    }
}
