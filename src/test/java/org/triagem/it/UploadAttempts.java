package org.triagem.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Ways an analyst's upload could try to run code on the server, each trying to write its own canary
 * file. If any of them ran, its canary would exist. Used by {@link RuleUploadSafetyIT}.
 */
final class UploadAttempts {

    /** One upload: a name for the report, the file it adds or changes, the tree it sends, its canary. */
    record Attempt(String name, String file, RulesTree tree, Path canary) {
    }

    private final String run;
    private final List<Attempt> attempts = new ArrayList<>();

    UploadAttempts(String run) {
        this.run = run;
    }

    Path canary(int n) {
        return Path.of("/tmp/triagem-canary-" + run + "-" + n);
    }

    /** The Java that writes canary n, as a string literal for code. */
    String write(int n) {
        return "java.nio.file.Files.writeString(java.nio.file.Path.of(\"" + canary(n) + "\"), \"ran\")";
    }

    List<Attempt> all() {
        drl("static call in an action", "", "", "$d.tag(\"x\"); " + write(1) + ";");
        drl("Runtime.exec", "", "", "Runtime.getRuntime().exec(new String[] {\"touch\", \"" + canary(2) + "\"});");
        drl("ProcessBuilder", "", "", "new ProcessBuilder(\"touch\", \"" + canary(3) + "\").start();");
        drl("reflection", "", "", "Class.forName(\"java.nio.file.Files\").getMethod(\"writeString\","
                + " java.nio.file.Path.class, CharSequence.class, java.nio.file.OpenOption[].class).invoke(null,"
                + " java.nio.file.Path.of(\"" + canary(4) + "\"), \"ran\", new java.nio.file.OpenOption[0]);");
        drl("thread", "", "", "new Thread(() -> { try { " + write(5) + "; } catch (Exception e) { } }).start();");
        drl("function", "function void w() throws Exception { " + write(6) + "; }\n", "", "w();");
        drl("eval", "", "eval( " + write(7) + " != null )\n", "$d.tag(\"x\");");
        drl("from", "", "$p : Object() from " + write(8).replace("Path.of", "Paths.get") + "\n", "$d.tag(\"x\");");
        drl("salience expression", "", "", "$d.tag(\"x\");", "salience ( " + write(9) + ".getNameCount() )");
        drl("mvel dialect", "", "", write(10) + ";", "dialect \"mvel\"");
        drl("unicode escape", "", "", "$d.tag(\"\\u0022); " + write(11).replace("\"", "\\u0022")
                + "; $d.tag(\\u0022\");");
        drl("closing the generated method", "", "", "$d.tag(\"x\"); } static { try { " + write(12)
                + "; } catch (Exception e) { } } public void zz() {");
        drl("import function", "import function java.nio.file.Files.writeString;\n", "",
                "writeString(java.nio.file.Path.of(\"" + canary(13) + "\"), \"ran\");");
        drl("enabled expression", "", "", "$d.tag(\"x\");", "enabled ( " + write(14) + " != null )");
        drl("inline accumulate", "", "$n : Number() from accumulate( Complaint(), init( " + write(15)
                + "; ) action( ) result( 1 ) )\n", "$d.tag(\"x\");");
        csv("CSV action cell closing its quotes", 16, "ownership/ownership.drl.csv", t -> t.replace(
                ",,Cobrança,,Financeiro", ",,Cobrança,,\"Financeiro\"\"); " + write(16).replace("\"", "\"\"")
                        + "; (\"\"\""));
        csv("CSV template row", 17, "ownership/ownership.drl.csv", t -> t.replace(
                "\"decision.assignTo(\"\"$param\"\");\"", "\"decision.assignTo(\"\"$param\"\"); "
                        + write(17).replace("\"", "\"\"") + ";\""));
        csv("CSV number cell", 18, "classification/tags.drl.csv", t -> t.replace(",,1,,,reincidente",
                ",,\"0 || " + write(18).replace("\"", "\"\"") + " != null\",,,reincidente"));
        xlsx("XLSX action cell closing its quotes", 19, b -> b.getSheetAt(0).getRow(11).getCell(5)
                .setCellValue("Cobrança\"); " + write(19) + "; (\""));
        xlsx("XLSX template row", 20, b -> b.getSheetAt(0).getRow(8).getCell(5)
                .setCellValue("decision.classifyAs(\"$param\"); " + write(20) + ";"));
        return attempts;
    }

    private void drl(String name, String head, String when, String then, String... attributes) {
        int n = attempts.size() + 1;
        String file = "classification/zz-attempt-" + n + ".drl";
        String drl = """
                package classification;

                import org.triagem.domain.model.routing.Complaint;
                import org.triagem.domain.model.routing.Decision;
                %s
                rule "Tentativa %d"
                    %s
                when
                    Complaint()
                    %s$d : Decision()
                then
                    %s
                end
                """.formatted(head, n, String.join("\n    ", attributes), when, then);
        attempts.add(new Attempt(name, file, RulesTree.current().with(file, drl), canary(n)));
    }

    private void csv(String name, int n, String file, java.util.function.UnaryOperator<String> edit) {
        attempts.add(new Attempt(name, file, RulesTree.current().edit(file, edit), canary(n)));
    }

    private void xlsx(String name, int n, Consumer<Workbook> edit) {
        String file = "classification/categories.drl.xlsx";
        RulesTree current = RulesTree.current();
        try (Workbook book = WorkbookFactory.create(new ByteArrayInputStream(current.file(file)))) {
            edit.accept(book);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            attempts.add(new Attempt(name, file, current.with(file, out.toByteArray()), canary(n)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
