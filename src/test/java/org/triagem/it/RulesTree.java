package org.triagem.it;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The project's rules tree as an analyst would zip it, with edits. */
final class RulesTree {

    private final Map<String, byte[]> files;

    private RulesTree(Map<String, byte[]> files) {
        this.files = files;
    }

    /** Every file under the rules directory the server under test reads too. */
    static RulesTree current() {
        Path root = Path.of(System.getProperty("triagem.rules.dir", "rules"));
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new RulesTree(files);
    }

    RulesTree edit(String path, UnaryOperator<String> change) {
        Map<String, byte[]> edited = new TreeMap<>(files);
        String before = new String(files.get(path), StandardCharsets.UTF_8);
        String after = change.apply(before);
        if (after.equals(before)) {
            throw new IllegalStateException("the edit changed nothing in " + path);
        }
        edited.put(path, after.getBytes(StandardCharsets.UTF_8));
        return new RulesTree(edited);
    }

    RulesTree with(String path, String content) {
        Map<String, byte[]> added = new TreeMap<>(files);
        added.put(path, content.getBytes(StandardCharsets.UTF_8));
        return new RulesTree(added);
    }

    RulesTree with(String path, byte[] content) {
        Map<String, byte[]> added = new TreeMap<>(files);
        added.put(path, content);
        return new RulesTree(added);
    }

    /** The tree without the files under this folder ({@code scenarios/}). */
    RulesTree without(String folder) {
        Map<String, byte[]> kept = new TreeMap<>(files);
        kept.keySet().removeIf(path -> path.startsWith(folder));
        return new RulesTree(kept);
    }

    /** Charges go to Comercial instead of Financeiro; the scenarios are updated to agree. */
    static RulesTree chargesToComercial(boolean updateScenarios) {
        RulesTree tree = current().edit("ownership/ownership.drl.csv", t -> t.replace(",,Cobrança,,Financeiro",
                ",,Cobrança,,Comercial"));
        return updateScenarios
                ? tree.edit("scenarios/intake.csv", t -> t.replace(",Cobrança,Financeiro,", ",Cobrança,Comercial,"))
                : tree;
    }

    /** One file's bytes, by its path in the tree ({@code ownership/ownership.drl.csv}). */
    byte[] file(String path) {
        byte[] content = files.get(path);
        if (content == null) {
            throw new IllegalArgumentException("no " + path + " in the rules tree");
        }
        return content;
    }

    /** Zipped under a top folder {@code rules/}, as zipping the directory gives. */
    byte[] zip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                out.putNextEntry(new ZipEntry("rules/" + f.getKey()));
                out.write(f.getValue());
                out.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The zip written to a temporary file, for a browser's file input. */
    java.nio.file.Path zipFile() {
        try {
            java.nio.file.Path file = java.nio.file.Files.createTempFile("rules-", ".zip");
            java.nio.file.Files.write(file, zip());
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
