package io.ciscosparkapi.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.annotation.JsonCreator;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson reads and writes the models in a separate JVM where this module, Jackson and the annotations are all named
 * modules on the module path and nothing is opened (the test JVM itself opens the package for the test classes).
 */
class JacksonOnModulePathTest {

    private static final String PROBE = """
            import io.ciscosparkapi.model.Person;
            import io.ciscosparkapi.model.Room;
            import java.util.List;
            import tools.jackson.core.type.TypeReference;
            import tools.jackson.databind.json.JsonMapper;

            public class Probe {
                public static void main(String[] args) {
                    JsonMapper mapper = JsonMapper.builder().build();
                    Person person = mapper.readValue(
                            "{\\"id\\":\\"p1\\",\\"type\\":\\"bot\\",\\"phoneNumbers\\":[{\\"value\\":\\"1\\"}],\\"new\\":[null]}",
                            Person.class);
                    List<Room> rooms = mapper.readValue("[{\\"id\\":\\"r1\\"},{\\"id\\":\\"r2\\"}]",
                            new TypeReference<List<Room>>() { });
                    System.out.println(person.type() + " " + person.phoneNumbers().get(0).value() + " "
                            + mapper.writeValueAsString(person) + " " + mapper.writeValueAsString(rooms) + " "
                            + Person.class.getModule().getName() + " open=" + Person.class.getModule().isOpen(
                                    "io.ciscosparkapi.model", JsonMapper.class.getModule()));
                }
            }
            """;

    @Test
    void jacksonReadsAndWritesModelsWithoutAnyOpens(@TempDir Path dir) throws Exception {
        Path probe = dir.resolve("Probe.java");
        Files.writeString(probe, PROBE, StandardCharsets.UTF_8);
        String modulePath = String.join(File.pathSeparator, List.of(
                location(SparkObject.class), location(JsonCreator.class), location(JsonMapper.class),
                location(JsonParser.class)));
        Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
        Path output = dir.resolve("out.txt");

        Process process = new ProcessBuilder(java.toString(),
                "--module-path", modulePath,
                "--add-modules", "io.ciscosparkapi.model,tools.jackson.databind",
                probe.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        boolean finished = process.waitFor(120, TimeUnit.SECONDS);
        if (!finished) {
            process.destroyForcibly();
        }
        String printed = Files.readString(output, StandardCharsets.UTF_8).strip();

        assertThat(finished).as("probe finished; output: %s", printed).isTrue();
        assertThat(process.exitValue()).as("exit code; output: %s", printed).isZero();
        assertThat(printed).isEqualTo("BOT 1 "
                + "{\"id\":\"p1\",\"type\":\"bot\",\"phoneNumbers\":[{\"value\":\"1\"}],\"new\":[null]} "
                + "[{\"id\":\"r1\"},{\"id\":\"r2\"}] io.ciscosparkapi.model open=false");
    }

    private static String location(Class<?> type) throws Exception {
        return Paths.get(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }
}
