package io.ciscosparkapi.transport.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a conformance case whose behaviour the SDK itself relies on: a transport that fails one
 * of these breaks the SDK, whatever else it does. The cases carry the JUnit tag {@value #TAG}, so a
 * build can run them alone ({@code mvn test -Dgroups=sdk}) or first.
 *
 * <p>Cases without the mark check what any HTTP transport should do (other methods, proxies, the
 * finer points of timeouts and TLS); a transport may declare some of them unsupported through
 * {@link TransportConformanceTest#unsupported()}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Tag(RequiredBySdk.TAG)
public @interface RequiredBySdk {

    /** The JUnit tag of the cases the SDK relies on. */
    String TAG = "sdk";
}
