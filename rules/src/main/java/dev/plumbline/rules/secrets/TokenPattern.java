package dev.plumbline.rules.secrets;

import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.rule.TextContext;
import dev.plumbline.core.rule.TextRule;
import dev.plumbline.core.source.SourceFile;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A credential in a well-known format, anywhere in the text of a file — a value, a comment, a
 * script: cloud and forge tokens by their prefixes and lengths, AWS access key pairs, PEM private
 * keys, Azure storage account keys and JSON Web Tokens signed with a secret written beside them.
 * Placeholders and the vendors' documented example keys are not reported. The message names the
 * credential by its first four characters and its length, never in full.
 */
@Rule(id = "SEC001", name = "token-pattern", platform = Platform.SECRETS,
    severity = Severity.ERROR, tags = {"security", "secrets"}, securitySeverity = 9.5,
    summary = "A credential in a well-known token format is written in the file")
public final class TokenPattern implements TextRule {

  @Override
  public void visitText(SourceFile file, TextContext ctx) {
    String text = file.text();
    List<Credential> found = new ArrayList<>(TokenFormats.find(text));
    found.addAll(AwsKeyPairs.find(text, file.lines()));
    found.addAll(PrivateKeyBlocks.find(text));
    found.addAll(SignedJwts.find(text, file.lines()));
    found.sort(Comparator.comparingInt(Credential::start));
    String hint = SecretStores.hint(ctx.kind());
    int reportedUpTo = -1;
    for (Credential c : found) {
      if (c.start() < reportedUpTo) {
        continue; // inside a credential already reported (a token in a private key's base64)
      }
      ctx.report(file.span(c.start(), c.end()), c.message(text), hint);
      reportedUpTo = c.end();
    }
  }
}
