package dev.impact.inventory;

/**
 * What an {@link AiInference} line counts: how the use of an AI service is known. The catalog's figures for each are
 * in {@code parameters-ai.csv} (dataset 2026.3 on).
 */
public enum AiUnit {
    /** Requests (prompts, answers). */
    REQUEST,
    /** Output tokens; input tokens are given beside them ({@link AiInference#inputTokens(double)}). */
    TOKEN,
    /** Generated images. */
    IMAGE,
    /** Minutes of generated video. */
    VIDEO_MINUTE,
    /** Minutes of audio (transcribed or generated); the catalog has no figure: give the Wh per minute. */
    AUDIO_MINUTE
}
