package io.ciscosparkapi.transport.tck;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs a {@link BothPaths} case of a {@link TransportConformanceTest} once per
 * {@link ExchangePath}, the path set before the case's {@code @BeforeEach} methods and put back
 * to {@link ExchangePath#EXECUTE} after its {@code @AfterEach} ones. JUnit finds it through the
 * annotation; it is public only so that JUnit can instantiate it on the module path.
 */
public final class BothPathsInvocations implements TestTemplateInvocationContextProvider {

    /** Created by JUnit. */
    public BothPathsInvocations() {
    }

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return TransportConformanceTest.class.isAssignableFrom(context.getRequiredTestClass());
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        return Stream.of(ExchangePath.values()).map(BothPathsInvocations::along);
    }

    private static TestTemplateInvocationContext along(ExchangePath path) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return path.description();
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of((BeforeEachCallback) context -> suite(context).usePath(path),
                        (AfterEachCallback) context -> suite(context).usePath(ExchangePath.EXECUTE));
            }
        };
    }

    private static TransportConformanceTest suite(ExtensionContext context) {
        return (TransportConformanceTest) context.getRequiredTestInstance();
    }
}
