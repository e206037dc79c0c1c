/**
 * Linear models for the taggers: sparse features hashed to 64-bit keys without building strings
 * ({@link dev.dateline.nlp.learn.FeatureVector}), an averaged perceptron to train them
 * ({@link dev.dateline.nlp.learn.PerceptronTrainer}) and the immutable trained model with its file format
 * ({@link dev.dateline.nlp.learn.LinearModel}). Training is deterministic: no clock, no unseeded randomness, and the
 * model file lists its rows in key order.
 */
package dev.dateline.nlp.learn;
