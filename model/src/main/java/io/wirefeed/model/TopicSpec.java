package io.wirefeed.model;

import org.apache.kafka.common.serialization.Serde;

/** A topic with the serdes of its keys and values, so no stage relies on default serdes. */
public record TopicSpec<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde) {}
