/**
 * Step ④, moderation: what a comment or a DM says — its language, sentiment, whether it is abusive, spam or a
 * question, and the words that decided it — and what the business's policy does about it (hide, alert, flag the
 * conversation for a human). The built-in {@link io.igbridge.moderation.LexiconClassifier} scores words from open
 * lexicons (see NOTICE); an OpenAI-compatible model can be plugged in with a fallback to it.
 */
package io.igbridge.moderation;
