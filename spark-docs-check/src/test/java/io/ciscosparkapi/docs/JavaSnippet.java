package io.ciscosparkapi.docs;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code java} block of the README as a compilation unit. A block that declares a type is compiled as it is, in a
 * file named after its first public type (else its first type) and in its package's directory; a module declaration
 * is compiled as it is, as {@code module-info.java}. A block of
 * statements has its import lines hoisted and the rest wrapped in
 * {@code class Snippet_<line> { void run() throws Exception { ... } }}, where {@code <line>} is the README line of
 * its opening fence. Nothing else is added: a snippet compiles with what it shows, or not at all.
 *
 * @param block the README block
 * @param path the source file's path, e.g. {@code com/example/BotServlet.java}
 * @param source the compilation unit
 * @param readmeLines for each line of {@code source} (0-based), the README line it came from
 */
record JavaSnippet(MarkdownBlock block, String path, String source, int[] readmeLines) {

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?[\\w.]+(\\.\\*)?\\s*;\\s*$");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)\\s*;");
    private static final String MODIFIERS =
            "(?:(?:public|protected|private|abstract|final|sealed|non-sealed|static|strictfp)\\s+)*";
    private static final String KIND = "(?:class|interface|enum|record|@interface)";
    private static final String ANNOTATIONS = "(?:@[\\w.]+(?:\\([^)]*\\))?\\s*)*";
    /** The first declaration of a block that declares a type, after its package, imports and comments. */
    private static final Pattern TYPE_FIRST = Pattern.compile("^" + ANNOTATIONS + MODIFIERS + KIND + "\\s+(\\w+)");
    /** A module declaration, after the comments and imports before it. */
    private static final Pattern MODULE = Pattern.compile("^" + ANNOTATIONS + "(?:open\\s+)?module\\s+[\\w.]+\\s*\\{");
    /** A top-level public type: it starts a line, as the README writes them. */
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^" + ANNOTATIONS + "public\\s+" + MODIFIERS + KIND + "\\s+(\\w+)");

    /**
     * Turns a {@code java} block into its compilation unit.
     *
     * @param block the block
     * @return the snippet
     */
    static JavaSnippet of(MarkdownBlock block) {
        String code = withoutHeaderAndComments(block.lines());
        if (MODULE.matcher(code).find()) {
            return asItIs(block, "module-info.java");
        }
        Matcher type = TYPE_FIRST.matcher(code);
        return type.find() ? typeDeclaration(block, type.group(1)) : statements(block);
    }

    /** Whether this is a module declaration, compiled against the module path rather than the class path. */
    boolean isModuleDeclaration() {
        return path.equals("module-info.java");
    }

    /** The class a statement block is wrapped in. */
    static String wrapperName(MarkdownBlock block) {
        return "Snippet_" + block.fenceLine();
    }

    /**
     * The README line that a line of the compiled source came from.
     *
     * @param sourceLine the 1-based line the compiler reports, or a negative number when it names none
     * @return the README line
     */
    int readmeLine(long sourceLine) {
        if (sourceLine < 1 || sourceLine > readmeLines.length) {
            return block.fenceLine();
        }
        return readmeLines[(int) sourceLine - 1];
    }

    private static JavaSnippet typeDeclaration(MarkdownBlock block, String firstType) {
        String text = block.text();
        Matcher publicType = PUBLIC_TYPE.matcher(text);
        String name = publicType.find() ? publicType.group(1) : firstType;
        Matcher pkg = PACKAGE.matcher(text);
        String dir = pkg.find() ? pkg.group(1).replace('.', '/') + "/" : "";
        return asItIs(block, dir + name + ".java");
    }

    private static JavaSnippet asItIs(MarkdownBlock block, String path) {
        int[] lines = new int[block.lines().size()];
        for (int i = 0; i < lines.length; i++) {
            lines[i] = block.lineOf(i);
        }
        return new JavaSnippet(block, path, block.text(), lines);
    }

    private static JavaSnippet statements(MarkdownBlock block) {
        List<String> source = new ArrayList<>();
        List<Integer> origins = new ArrayList<>();
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (IMPORT.matcher(lines.get(i)).matches()) {
                source.add(lines.get(i));
                origins.add(block.lineOf(i));
            }
        }
        source.add("class " + wrapperName(block) + " { void run() throws Exception {");
        origins.add(block.fenceLine());
        for (int i = 0; i < lines.size(); i++) {
            if (!IMPORT.matcher(lines.get(i)).matches()) {
                source.add(lines.get(i));
                origins.add(block.lineOf(i));
            }
        }
        source.add("} }");
        origins.add(block.fenceLine() + lines.size() + 1);
        return new JavaSnippet(block, wrapperName(block) + ".java", String.join("\n", source),
                origins.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The block's code from its first declaration or statement on: no package, imports or comments before it. */
    private static String withoutHeaderAndComments(List<String> lines) {
        StringBuilder code = new StringBuilder();
        boolean inComment = false;
        for (String line : lines) {
            String rest = line.strip();
            if (inComment) {
                int end = rest.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                rest = rest.substring(end + 2).strip();
                inComment = false;
            }
            if (rest.startsWith("/*")) {
                int end = rest.indexOf("*/");
                if (end < 0) {
                    inComment = true;
                    continue;
                }
                rest = rest.substring(end + 2).strip();
            }
            if (code.length() == 0 && (rest.isEmpty() || rest.startsWith("//") || rest.startsWith("package ")
                    || IMPORT.matcher(rest).matches())) {
                continue;
            }
            code.append(rest).append('\n');
        }
        return code.toString();
    }
}
