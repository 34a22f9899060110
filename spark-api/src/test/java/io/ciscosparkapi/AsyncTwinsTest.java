package io.ciscosparkapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The async client mirrors the blocking one, walked by reflection both ways: every group of
 * {@link CiscoSparkAPI} has its twin on {@link AsyncCiscoSparkAPI} under the same name, and every
 * operation of a group has a twin with the same name and parameter types whose result is the
 * blocking result as a future ({@code void} as {@code CompletableFuture<Void>}, a
 * {@code PagedIterable<T>} as an {@code AsyncPagedIterable<T>}); and nothing async exists
 * without its blocking original.
 */
class AsyncTwinsTest {

    /** Methods that make no call, so both sides return the same thing. */
    private static final List<String> NOT_CALLS = List.of("baseUrl()");

    @Test
    void everyGroupOfTheClientHasAnAsyncTwinOfTheSameName() {
        assertThat(groupProblems(CiscoSparkAPI.class, AsyncCiscoSparkAPI.class)).isEmpty();
        assertThat(groups(CiscoSparkAPI.class)).as("the groups the walk covers").hasSizeGreaterThanOrEqualTo(23)
                .containsKeys("people", "messages", "meetings", "recordings", "session");
    }

    @Test
    void everyBlockingOperationHasAnAsyncTwinReturningItsResultAsAFuture() {
        List<String> problems = new ArrayList<>();
        groups(CiscoSparkAPI.class).values().forEach(group -> problems.addAll(operationProblems(group, twinOf(group))));
        assertThat(problems).isEmpty();
    }

    @Test
    void noAsyncOperationExistsWithoutItsBlockingOriginal() {
        List<String> problems = new ArrayList<>();
        groups(CiscoSparkAPI.class).values().forEach(group -> problems.addAll(originalProblems(group, twinOf(group))));
        assertThat(problems).isEmpty();
    }

    @Test
    void aMissingOrMistypedTwinIsReportedByName() {
        assertThat(operationProblems(LonelyApi.class, AsyncLonelyApi.class)).containsExactlyInAnyOrder(
                "AsyncLonelyApi lacks the twin of LonelyApi.get(String): public CompletableFuture<String> get(String)",
                "AsyncLonelyApi lacks the twin of LonelyApi.delete(String): public CompletableFuture<Void> delete(String)",
                "AsyncLonelyApi.list(Consumer) returns AsyncPagedIterable<Integer>, the twin of LonelyApi.list(Consumer)"
                        + " must return AsyncPagedIterable<String>");
        assertThat(originalProblems(LonelyApi.class, AsyncLonelyApi.class)).containsExactly(
                "AsyncLonelyApi.extra() has no blocking original in LonelyApi");
        assertThat(groupProblems(LonelyClient.class, AsyncLonelyClient.class)).containsExactly(
                "AsyncLonelyClient lacks lonely(), returning AsyncLonelyApi, the twin of LonelyClient.lonely()");
    }

    /** The groups of a client: its public accessors without parameters that return a group. */
    private static Map<String, Class<?>> groups(Class<?> client) {
        Map<String, Class<?>> groups = new LinkedHashMap<>();
        for (Method accessor : publicInstanceMethods(client)) {
            Class<?> type = accessor.getReturnType();
            if (accessor.getParameterCount() == 0 && isGroup(type)) {
                groups.put(accessor.getName(), type);
            }
        }
        return groups;
    }

    private static boolean isGroup(Class<?> type) {
        return type.getPackageName().equals(CiscoSparkAPI.class.getPackageName())
                && (type.getSimpleName().endsWith("Api") || type.getSimpleName().endsWith("Session"));
    }

    /** The async twin's name of a blocking class, in the same package (or as a sibling of a nested class). */
    private static String twinName(Class<?> blocking) {
        return blocking.getName().substring(0, blocking.getName().length() - blocking.getSimpleName().length())
                + "Async" + blocking.getSimpleName();
    }

    private static Class<?> twinOf(Class<?> blocking) {
        try {
            return Class.forName(twinName(blocking));
        } catch (ClassNotFoundException e) {
            throw new AssertionError(blocking.getSimpleName() + " has no async twin " + twinName(blocking), e);
        }
    }

    private static List<String> groupProblems(Class<?> client, Class<?> asyncClient) {
        List<String> problems = new ArrayList<>();
        Map<String, Class<?>> asyncGroups = groups(asyncClient);
        groups(client).forEach((name, group) -> {
            Class<?> found = asyncGroups.get(name);
            if (found == null || !found.getName().equals(twinName(group))) {
                problems.add(asyncClient.getSimpleName() + " lacks " + name + "(), returning Async"
                        + group.getSimpleName() + ", the twin of " + client.getSimpleName() + "." + name + "()");
            }
        });
        Map<String, Class<?>> blockingGroups = groups(client);
        asyncGroups.keySet().stream().filter(name -> !blockingGroups.containsKey(name))
                .forEach(name -> problems.add(asyncClient.getSimpleName() + "." + name + "() has no blocking original in "
                        + client.getSimpleName()));
        return problems;
    }

    /** What is wrong or missing on the async side for each operation of the blocking group. */
    private static List<String> operationProblems(Class<?> blocking, Class<?> async) {
        List<String> problems = new ArrayList<>();
        for (Method operation : publicInstanceMethods(blocking)) {
            Type expected = twinReturnType(operation);
            Optional<Method> twin = sameSignature(async, operation);
            if (twin.isEmpty()) {
                problems.add(async.getSimpleName() + " lacks the twin of " + describe(blocking, operation) + ": public "
                        + simple(expected) + " " + operation.getName() + "(" + parameters(operation) + ")");
            } else if (!twin.get().getGenericReturnType().getTypeName().equals(expected.getTypeName())) {
                problems.add(describe(async, twin.get()) + " returns " + simple(twin.get().getGenericReturnType())
                        + ", the twin of " + describe(blocking, operation) + " must return " + simple(expected));
            }
        }
        return problems;
    }

    /** Every async operation that has no blocking operation of the same name and parameters. */
    private static List<String> originalProblems(Class<?> blocking, Class<?> async) {
        return publicInstanceMethods(async).stream().filter(m -> sameSignature(blocking, m).isEmpty())
                .map(m -> describe(async, m) + " has no blocking original in " + blocking.getSimpleName())
                .collect(Collectors.toList());
    }

    /** The return type the twin of a blocking operation must have. */
    private static Type twinReturnType(Method operation) {
        Type result = operation.getGenericReturnType();
        if (NOT_CALLS.contains(operation.getName() + "(" + parameters(operation) + ")")) {
            return result;
        }
        if (result == void.class) {
            return parameterized(CompletableFuture.class, Void.class);
        }
        if (result instanceof ParameterizedType p && p.getRawType() == PagedIterable.class) {
            return parameterized(AsyncPagedIterable.class, p.getActualTypeArguments()[0]);
        }
        return parameterized(CompletableFuture.class, result);
    }

    private static Optional<Method> sameSignature(Class<?> type, Method like) {
        return publicInstanceMethods(type).stream().filter(m -> m.getName().equals(like.getName())
                && Arrays.equals(m.getGenericParameterTypes(), like.getGenericParameterTypes())).findFirst();
    }

    private static List<Method> publicInstanceMethods(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers())
                        && !m.isSynthetic() && !m.getName().equals("toString"))
                .collect(Collectors.toList());
    }

    private static String describe(Class<?> owner, Method method) {
        return owner.getSimpleName() + "." + method.getName() + "(" + parameters(method) + ")";
    }

    private static String parameters(Method method) {
        return Arrays.stream(method.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(","));
    }

    /** A type's name without packages or enclosing classes, e.g. {@code CompletableFuture<Person>}. */
    private static String simple(Type type) {
        return type.getTypeName().replaceAll("[\\w$]+[.$]", "");
    }

    private static ParameterizedType parameterized(Class<?> raw, Type argument) {
        return new ParameterizedType() {
            @Override
            public Type[] getActualTypeArguments() {
                return new Type[] {argument};
            }

            @Override
            public Type getRawType() {
                return raw;
            }

            @Override
            public Type getOwnerType() {
                return null;
            }

            @Override
            public String getTypeName() {
                return raw.getName() + "<" + argument.getTypeName() + ">";
            }
        };
    }

    // A blocking client and group with a twin that is incomplete in every way the walk detects.

    static final class LonelyClient {
        public LonelyApi lonely() {
            return null;
        }

        public URI baseUrl() {
            return null;
        }
    }

    static final class AsyncLonelyClient {
        public URI baseUrl() {
            return null;
        }
    }

    static final class LonelyApi {
        public String get(String id) {
            return id;
        }

        public void delete(String id) {
        }

        public PagedIterable<String> list(Consumer<String> query) {
            return null;
        }

        public URI baseUrl() {
            return null;
        }
    }

    static final class AsyncLonelyApi {
        public AsyncPagedIterable<Integer> list(Consumer<String> query) {
            return null;
        }

        public CompletableFuture<Void> extra() {
            return null;
        }

        public URI baseUrl() {
            return null;
        }
    }
}
