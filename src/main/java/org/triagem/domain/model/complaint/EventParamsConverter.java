package org.triagem.domain.model.complaint;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A history entry's parameters as one JSON object of texts in the {@code params} column (migration 40):
 * readable in a query, and no table per parameter. No parameters is NULL, as in every row older than the column.
 */
@Converter
public class EventParamsConverter implements AttributeConverter<Map<String, String>, String> {

    @Override
    public String convertToDatabaseColumn(Map<String, String> params) {
        if (params == null || params.isEmpty()) {
            return null;
        }
        JsonObjectBuilder json = Json.createObjectBuilder();
        params.forEach(json::add);
        return json.build().toString();
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return Map.of();
        }
        Map<String, String> params = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(column))) {
            JsonObject object = reader.readObject();
            object.forEach((name, value) -> params.put(name, value.getValueType() == JsonValue.ValueType.STRING
                    ? ((JsonString) value).getString() : value.toString()));
        }
        return Collections.unmodifiableMap(params);
    }
}
