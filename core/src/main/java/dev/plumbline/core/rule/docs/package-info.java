/**
 * The rule reference, generated from the rules' metadata, explanations and test fixtures: one
 * Markdown page per rule and an index ({@link dev.plumbline.core.rule.docs.DocGen}), and a JSON
 * catalogue ({@link dev.plumbline.core.rule.docs.RuleCatalogJson}).
 */
package dev.plumbline.core.rule.docs;
