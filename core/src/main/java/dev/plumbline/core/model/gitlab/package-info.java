/**
 * The GitLab CI pipeline as GitLab sees it: jobs with {@code extends}, {@code default:},
 * anchors, merge keys and {@code !reference} tags resolved, each value keeping the span where it
 * is written.
 */
package dev.plumbline.core.model.gitlab;
