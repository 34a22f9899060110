package io.ciscosparkapi.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * Compiles README snippets one at a time, each alone (no snippet sees another's types), against a class path, for
 * Java 17 as the SDK's users may be on it; a module declaration compiles against the explicit modules of that class
 * path instead, as on a module path. Only errors count; warnings are not asked for.
 */
final class SnippetCompiler implements AutoCloseable {

    private final JavaCompiler compiler;
    private final StandardJavaFileManager files;
    private final StandardJavaFileManager modules;
    private final Path output;
    private int compiled;

    /**
     * A compiler for snippets.
     *
     * @param classPath what the snippets compile against
     * @param output a directory for the class files, one subdirectory per snippet
     */
    SnippetCompiler(List<Path> classPath, Path output) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("No system Java compiler: run the check on a JDK, not a JRE");
        }
        this.files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        this.modules = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        this.output = output;
        try {
            files.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            modules.setLocationFromPaths(StandardLocation.MODULE_PATH, explicitModules(classPath));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test class path of this JVM: what Maven resolved for this module.
     *
     * @return the existing entries of the class path
     */
    static List<Path> testClassPath() {
        String path = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<Path> entries = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank() && Files.exists(Path.of(entry))) {
                entries.add(Path.of(entry));
            }
        }
        return entries;
    }

    /** The jars of a class path that declare a module (automatic modules left out, as jlink would refuse them). */
    private static List<Path> explicitModules(List<Path> classPath) {
        List<Path> jars = new ArrayList<>();
        for (Path entry : classPath) {
            if (!entry.toString().endsWith(".jar")) {
                continue;
            }
            try {
                if (ModuleFinder.of(entry).findAll().stream().noneMatch(m -> m.descriptor().isAutomatic())) {
                    jars.add(entry);
                }
            } catch (FindException e) {
                // not usable as a module at all: leave it out
            }
        }
        return jars;
    }

    /**
     * Compiles one snippet.
     *
     * @param snippet the snippet
     * @return one line per error, {@code README line <n>: <the compiler's message>}; empty when it compiles
     */
    List<String> errors(JavaSnippet snippet) {
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        StandardJavaFileManager fileManager = snippet.isModuleDeclaration() ? modules : files;
        try {
            Path classes = Files.createDirectories(output.resolve("snippet-" + (++compiled)));
            fileManager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(classes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> options = List.of("--release", "17", "-proc:none", "-implicit:none", "-encoding", "UTF-8");
        Boolean ok = compiler.getTask(null, fileManager, diagnostics, options, null, List.of(new Source(snippet)))
                .call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add("README line " + snippet.readmeLine(d.getLineNumber()) + ": " + d.getMessage(Locale.ROOT));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add("README line " + snippet.block().fenceLine() + ": the compiler failed without an error");
        }
        return errors;
    }

    @Override
    public void close() throws IOException {
        try {
            files.close();
        } finally {
            modules.close();
        }
    }

    /** A snippet's source, in memory, at the path its package and type name ask for. */
    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(JavaSnippet snippet) {
            super(URI.create("string:///" + snippet.path()), Kind.SOURCE);
            this.code = snippet.source();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
