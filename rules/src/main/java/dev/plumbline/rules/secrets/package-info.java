/**
 * Rules about credentials written anywhere in a file ({@code SEC*}): they read the raw text of
 * every file Plumbline lints — workflows, pipelines, Dockerfiles, manifests, Terraform — values
 * and comments alike, and never repeat a secret in a message.
 */
package dev.plumbline.rules.secrets;
