package io.ciscosparkapi.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The README's shell snippets and links name commands, modules, flags and files that exist. */
class ReadmeCommandsTest {

    private static final String QUICKSTART = "./mvnw -q -pl spark-examples -am package exec:java -DskipTests";
    private static final String TEST_SUITE = "./mvnw -B verify";

    private static final Pattern MODULE_LIST = Pattern.compile("(?:^|\\s)-pl\\s+(\\S+)");
    private static final Pattern REPOSITORY_PATH =
            Pattern.compile("(?<![\\w./-])((?:spark-[\\w-]+|docs|\\.ci)/[\\w./-]+)");
    private static final Pattern MAIN_CLASS = Pattern.compile("-Dexec\\.mainClass=([\\w.]+)");
    private static final Pattern FLAG = Pattern.compile("(?<=\\s)--[a-z][a-z-]*");
    private static final Pattern LOCAL_LINK = Pattern.compile("\\]\\((?!https?:|#)([^)#\\s]+)");

    private static List<String> shellLines() {
        List<String> lines = new ArrayList<>();
        for (MarkdownBlock block : Readme.blocks("sh")) {
            for (String line : block.lines()) {
                String command = line.strip();
                if (!command.isEmpty() && !command.startsWith("#")) {
                    lines.add(command);
                }
            }
        }
        return lines;
    }

    @Test
    @DisplayName("The first screen gives the quickstart and the test suite, and CI runs that test command")
    void theFirstScreenGivesTheQuickstartAndTheTestSuiteThatCiRuns() throws IOException {
        List<MarkdownBlock> sh = Readme.blocks("sh");
        assertThat(sh).hasSizeGreaterThanOrEqualTo(2);
        assertThat(sh.get(0).lines()).containsExactly(QUICKSTART);
        assertThat(sh.get(1).lines()).containsExactly(TEST_SUITE);

        String ci = Files.readString(Readme.root().resolve(".ci/run"), StandardCharsets.UTF_8);
        assertThat(ci.lines().map(String::strip)
                .filter(l -> !l.startsWith("#") && !l.startsWith("echo") && l.contains("./mvnw")))
                .as("the ./mvnw commands .ci/run runs")
                .isNotEmpty()
                .allSatisfy(l -> assertThat(l).endsWith(TEST_SUITE));
    }

    @Test
    @DisplayName("Every module a shell snippet builds with -pl is a module of the build")
    void everyModuleNamedWithPlIsAModule() throws IOException {
        String rootPom = Files.readString(Readme.root().resolve("pom.xml"), StandardCharsets.UTF_8);
        List<String> missing = new ArrayList<>();
        for (String line : shellLines()) {
            Matcher m = MODULE_LIST.matcher(line);
            while (m.find()) {
                for (String module : m.group(1).split(",")) {
                    String name = module.replaceFirst("^!", "").replaceFirst("^:", "");
                    if (!rootPom.contains("<module>" + name + "</module>")) {
                        missing.add(name + " (in: " + line + ")");
                    }
                }
            }
        }
        assertThat(missing).as("modules that the root pom does not list").isEmpty();
    }

    @Test
    @DisplayName("Every repository file a shell snippet or a link names exists (build output aside)")
    void everyRepositoryFileNamedExists() {
        List<String> named = new ArrayList<>();
        for (String line : shellLines()) {
            Matcher m = REPOSITORY_PATH.matcher(line);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        for (String line : Readme.lines()) {
            Matcher m = LOCAL_LINK.matcher(line);
            while (m.find()) {
                named.add(m.group(1));
            }
        }
        assertThat(named).isNotEmpty();
        assertThat(named).filteredOn(p -> !p.contains("/target/") && !Files.exists(Readme.root().resolve(p)))
                .as("paths named in the README that are not in the repository")
                .isEmpty();
    }

    @Test
    @DisplayName("Every main class a shell snippet runs is one of the examples")
    void everyMainClassRunIsAnExample() {
        List<String> missing = new ArrayList<>();
        for (String line : shellLines()) {
            Matcher m = MAIN_CLASS.matcher(line);
            while (m.find()) {
                Path source = Readme.root().resolve("spark-examples/src/main/java")
                        .resolve(m.group(1).replace('.', '/') + ".java");
                if (!Files.exists(source)) {
                    missing.add(m.group(1));
                }
            }
        }
        assertThat(missing).as("main classes that spark-examples does not hold").isEmpty();
    }

    @Test
    @DisplayName("Every flag the README gives the standalone fake Spark is one its --help lists")
    void everyStandaloneFlagIsOneTheServerTakes() throws Exception {
        List<String> flags = new ArrayList<>();
        for (String line : shellLines()) {
            if (line.contains("-standalone.jar")) {
                Matcher m = FLAG.matcher(line);
                while (m.find()) {
                    flags.add(m.group());
                }
            }
        }
        assertThat(flags).as("flags given to the standalone jar in the README").isNotEmpty();

        String help = standaloneHelp();
        assertThat(flags).allSatisfy(flag -> assertThat(help).as("the standalone's --help").contains(flag + " "));
    }

    /** The standalone server's --help, from a JVM of its own (it exits when done). */
    private static String standaloneHelp() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = SnippetCompiler.testClassPath().stream().map(Path::toString)
                .collect(Collectors.joining(File.pathSeparator));
        Process process = new ProcessBuilder(java, "-cp", classPath, "io.ciscosparkapi.testkit.FakeSparkServer",
                "--help")
                .redirectErrorStream(true)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the standalone's --help ended").isTrue();
        assertThat(process.exitValue()).as("the standalone's --help exit code; it printed:%n%s", out).isZero();
        return out;
    }
}
