package org.triagem.it;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * For the rule-file tests: an ownership table edited so that it is a version of its own (charges to
 * Comercial, plus a row nobody matches that makes the content unique), sent as the page sends it, and
 * downloads read as bytes, which {@link Api} (text answers) does not give.
 */
final class RuleFileUploads {

    static final String OWNERSHIP = "ownership/ownership.drl.csv";
    static final String SCENARIOS = "scenarios/intake.csv";
    private static final String BOUNDARY = "triagem-it-files";
    static final String MULTIPART = "multipart/form-data; boundary=" + BOUNDARY;

    private RuleFileUploads() {
    }

    /** Charges go to Comercial; one extra row with a tag no complaint gets keeps the content new. */
    static RulesTree chargesToComercialUnique() {
        String tag = "it-" + System.nanoTime();
        return RulesTree.chargesToComercial(true).edit(OWNERSHIP,
                t -> t.stripTrailing() + "\nRegra de teste " + tag + "," + tag + ",,,Atendimento\n");
    }

    /** Files named with their folder, each replacing exactly that path of the base version. */
    static byte[] multipart(Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        files.forEach((path, content) -> {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + path + "\"; filename=\""
                    + path.substring(path.lastIndexOf('/') + 1) + "\"\r\nContent-Type: text/csv\r\n\r\n";
            body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        });
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    /** A GET as the demo admin, the answer's bytes as sent. */
    static HttpResponse<byte[]> download(URI base, String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET()
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "admin:admin-demo".getBytes(StandardCharsets.UTF_8)));
        if (accept != null) {
            request.header("Accept", accept);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> files = new TreeMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
