package io.shmx.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonWriterTest {
    @Test
    void writesNestedValuesAndEscapesStrings() {
        String json = new JsonWriter().beginObject()
                .name("s").value("a\"b\\c\n\t\u0001\u2028")
                .name("n").value(-5)
                .name("b").value(true)
                .name("empty").beginArray().endArray()
                .name("list").beginArray().value(1).beginObject().name("k").value((String) null).endObject().endArray()
                .endObject().toString();
        assertEquals("""
                {
                  "s": "a\\"b\\\\c\\n\\t\\u0001\\u2028",
                  "n": -5,
                  "b": true,
                  "empty": [],
                  "list": [
                    1,
                    {
                      "k": null
                    }
                  ]
                }
                """, json);
    }
}
