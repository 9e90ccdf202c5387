package io.shmx.processor.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Identifiers and string literals of the C++ header and the Python module. */
class ForeignNamesTest {

    @Test
    void keywordsOfTheOtherLanguageGetAnUnderscore() {
        assertEquals("auto_", ForeignNames.cpp("auto"));
        assertEquals("namespace_", ForeignNames.cpp("namespace"));
        assertEquals("price", ForeignNames.cpp("price"));
        assertEquals("from_", ForeignNames.python("from"));
        assertEquals("lambda_", ForeignNames.python("lambda"));
        assertEquals("f_hidden", ForeignNames.python("_hidden"), "named-tuple fields may not start with '_'");
        assertEquals("price", ForeignNames.python("price"));
    }

    @Test
    void literalsCarryUtf8AndEscapes() {
        assertEquals("\"t\\xc3\\xa9\" \"a\"", ForeignNames.cppLiteral("t\u00e9a"),
                "a hex digit after \\xHH starts a new literal, or C++ would read it as part of the escape");
        assertEquals("\"t\\xc3\\xa9-\"", ForeignNames.cppLiteral("t\u00e9-"));
        assertEquals("\"q\\x22\\x5c\"", ForeignNames.cppLiteral("q\"\\"));
        assertEquals("\"t\\u00e9a\"", ForeignNames.pythonLiteral("t\u00e9a"));
        assertEquals("\"\\U0001f600\"", ForeignNames.pythonLiteral("\ud83d\ude00"));
    }
}
