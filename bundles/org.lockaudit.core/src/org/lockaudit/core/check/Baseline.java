package org.lockaudit.core.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A recorded set of accepted findings, by fingerprint (with a count, so a second identical finding is still new).
 * File format: JSON {@code {"version":1,"findings":[{"fingerprint":..,"kind":..,"function":..,"locks":[..]}]}}.
 */
public final class Baseline {
    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    public static Baseline read(Path file) throws IOException {
        JsonObject root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
        Map<String, Integer> counts = new HashMap<>();
        for (JsonElement e : root.getAsJsonArray("findings")) {
            counts.merge(e.getAsJsonObject().get("fingerprint").getAsString(), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    public static void write(Path file, List<Finding> findings) throws IOException {
        JsonObject root = new JsonObject();
        root.addProperty("version", 1);
        JsonArray arr = new JsonArray();
        for (Finding f : findings) {
            JsonObject o = new JsonObject();
            o.addProperty("fingerprint", f.fingerprint());
            o.addProperty("kind", f.kind().id());
            o.addProperty("function", f.function());
            JsonArray locks = new JsonArray();
            f.locks().forEach(locks::add);
            o.add("locks", locks);
            arr.add(o);
        }
        root.add("findings", arr);
        Files.writeString(file, new GsonBuilder().setPrettyPrinting().create().toJson(root) + "\n", StandardCharsets.UTF_8);
    }

    /** The findings not recorded in this baseline. */
    public List<Finding> newFindings(List<Finding> findings) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) {
            Integer n = left.get(f.fingerprint());
            if (n != null && n > 0) {
                left.put(f.fingerprint(), n - 1);
            } else {
                out.add(f);
            }
        }
        return out;
    }
}
