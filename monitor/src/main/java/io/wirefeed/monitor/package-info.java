/**
 * The monitor stage: coverage counts per country, region, actor and provider in windowed stores, spike
 * alerts, the query API over them (interactive queries, any instance answers), the live page and
 * {@code /metrics}.
 */
package io.wirefeed.monitor;
