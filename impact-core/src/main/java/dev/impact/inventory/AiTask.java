package dev.impact.inventory;

/**
 * The kind of task of an agents' usage survey ({@link AiInference#survey}); each text task has its typical input and
 * output tokens per use in the catalog ({@code ai.task.<task>.tokens.input} / {@code .output}, our estimates with
 * their spread), an image task counts generated images.
 */
public enum AiTask {
    /** Writing or answering: a short prompt, an answer of about 400 tokens. */
    TEXT,
    /** Summarising a document: a long input, a short output. */
    SUMMARY,
    /** Translating a text: input and output of the same length. */
    TRANSLATION,
    /** Generating an image. */
    IMAGE
}
