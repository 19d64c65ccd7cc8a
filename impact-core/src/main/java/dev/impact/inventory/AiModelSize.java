package dev.impact.inventory;

/** Size class of an AI model, each mapped to a per-request energy in the catalog ({@code ai.request.<class>}). */
public enum AiModelSize {
    /** Task-specific or small open models. */
    SMALL,
    /** A production assistant's median text prompt. */
    MEDIUM,
    /** Frontier models (hundreds of billions of parameters). */
    LARGE,
    /** Reasoning / long-output requests of frontier models. */
    REASONING
}
