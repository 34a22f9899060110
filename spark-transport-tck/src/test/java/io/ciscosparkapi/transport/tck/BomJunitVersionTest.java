package io.ciscosparkapi.transport.tck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A transport author who imports spark-bom gets the JUnit that the suite is built and tested
 * with. The BOM is not a child of the parent POM, so it names the version itself; this keeps the
 * two equal.
 */
class BomJunitVersionTest {

    private static final Path BOM = Path.of("..", "spark-bom", "pom.xml");
    private static final Pattern JUNIT_VERSION = Pattern.compile("<junit\\.version>([^<]+)</junit\\.version>");

    @Test
    void theBomManagesTheJunitTheSuiteIsBuiltWith() throws IOException {
        Matcher managed = JUNIT_VERSION.matcher(Files.readString(BOM));
        assertThat(managed.find()).as("junit.version in %s", BOM).isTrue();
        assertThat(managed.group(1)).isEqualTo(Test.class.getPackage().getImplementationVersion());
    }
}
