package org.lockaudit.core.config;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/**
 * A JSON document read with gson's streaming reader, remembering where every value and key starts, so that
 * configuration errors name the file, line and column.
 */
public final class PositionedJson {
    private static final Pattern POS = Pattern.compile("line (\\d+) column (\\d+)");

    private final Path file;
    private final JsonElement root;
    private final Map<String, int[]> positions;

    private PositionedJson(Path file, JsonElement root, Map<String, int[]> positions) {
        this.file = file;
        this.root = root;
        this.positions = positions;
    }

    public static PositionedJson read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new ConfigException(file, 0, 0, "not UTF-8 text: JSON files must be UTF-8");
        } catch (IOException e) {
            throw new ConfigException(file, 0, 0, "cannot read: " + e.getMessage());
        }
        Map<String, int[]> positions = new HashMap<>();
        JsonReader r = new JsonReader(new StringReader(text));
        try {
            JsonElement root = value(r, positions);
            if (r.peek() != JsonToken.END_DOCUMENT) {
                int[] p = position(r);
                throw new ConfigException(file, p[0], p[1], "unexpected text after the JSON value");
            }
            return new PositionedJson(file, root, positions);
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            int[] p = position(r);
            String msg = String.valueOf(e.getMessage()).replaceAll("\\s*at line \\d+ column \\d+ path \\S*", "")
                    .replaceAll("\\s*See https?://\\S+", "")
                    .replaceAll("Use JsonReader\\.set(Strictness|Lenient)\\S* to accept malformed JSON",
                            "malformed JSON (unexpected or unquoted text)");
            throw new ConfigException(file, p[0], p[1], "invalid JSON: " + msg.strip());
        }
    }

    private static JsonElement value(JsonReader r, Map<String, int[]> positions) throws IOException {
        String path = r.getPath();
        JsonToken t = r.peek();
        int[] at = position(r, t == JsonToken.STRING || t == JsonToken.BEGIN_OBJECT || t == JsonToken.BEGIN_ARRAY ? 1 : 0);
        positions.putIfAbsent(path, at);
        switch (t) {
            case BEGIN_OBJECT: {
                JsonObject o = new JsonObject();
                r.beginObject();
                while (r.hasNext()) {
                    String name = r.nextName();
                    positions.put(r.getPath() + "#key", position(r, name.length() + 2));
                    o.add(name, value(r, positions));
                }
                r.endObject();
                return o;
            }
            case BEGIN_ARRAY: {
                JsonArray a = new JsonArray();
                r.beginArray();
                while (r.hasNext()) {
                    a.add(value(r, positions));
                }
                r.endArray();
                return a;
            }
            case STRING:
                return new JsonPrimitive(r.nextString());
            case NUMBER:
                return new JsonPrimitive(new java.math.BigDecimal(r.nextString()));
            case BOOLEAN:
                return new JsonPrimitive(r.nextBoolean());
            case NULL:
                r.nextNull();
                return JsonNull.INSTANCE;
            default:
                throw new IllegalStateException("unexpected " + t);
        }
    }

    private static int[] position(JsonReader r) {
        return position(r, 0);
    }

    /** Current reader position, moved back {@code back} columns (to the start of a key just read). */
    private static int[] position(JsonReader r, int back) {
        Matcher m = POS.matcher(r.toString());
        if (!m.find()) {
            return new int[] {0, 0};
        }
        return new int[] {Integer.parseInt(m.group(1)), Math.max(1, Integer.parseInt(m.group(2)) - back)};
    }

    public Path file() {
        return file;
    }

    public JsonElement root() {
        return root;
    }

    /** An error at the value with gson path {@code path} ({@code $.guards}), or at its key with {@code #key}. */
    public ConfigException error(String path, String message) {
        int[] p = positions.getOrDefault(path, positions.getOrDefault(path.replace("#key", ""), new int[] {0, 0}));
        return new ConfigException(file, p[0], p[1], message);
    }
}
