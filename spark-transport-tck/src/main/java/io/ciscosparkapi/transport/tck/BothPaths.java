package io.ciscosparkapi.transport.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Marks a conformance case that runs twice, once along each {@link ExchangePath}: its requests go
 * through {@link io.ciscosparkapi.transport.Transport#execute} the first time and through
 * {@link io.ciscosparkapi.transport.Transport#executeAsync} the second, as long as the case sends
 * them with {@link TransportConformanceTest#send}. Put it in place of {@code @Test} on a case of
 * a {@link TransportConformanceTest} subclass's own.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(BothPathsInvocations.class)
public @interface BothPaths {
}
