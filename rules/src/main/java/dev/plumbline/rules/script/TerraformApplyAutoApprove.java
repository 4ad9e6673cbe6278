package dev.plumbline.rules.script;

import dev.plumbline.core.model.script.Script;
import dev.plumbline.core.rule.Platform;
import dev.plumbline.core.rule.Rule;
import dev.plumbline.core.rule.RuleContext;
import dev.plumbline.core.rule.ScriptRule;
import dev.plumbline.core.rule.Severity;
import dev.plumbline.core.shell.Command;
import dev.plumbline.core.shell.Word;
import java.util.List;
import java.util.Optional;

@Rule(id = "SH010", name = "terraform-apply-auto-approve-unreviewed", platform = Platform.SCRIPT,
    severity = Severity.WARNING, tags = {"infrastructure", "change-control"},
    summary = "terraform apply -auto-approve applies a plan nobody has reviewed")
public final class TerraformApplyAutoApprove implements ScriptRule {

  /** Options of terraform apply that may take their value as the next word. */
  private static final String[] VALUE_FLAGS = {"-var", "-var-file", "-target", "-replace",
      "-lock-timeout", "-parallelism", "-state", "-state-out", "-backup"};

  @Override
  public void visitScript(Script script, RuleContext ctx) {
    for (Command c : script.lexed().commands("terraform", "tofu", "terragrunt")) {
      List<Word> operands = c.operands(VALUE_FLAGS);
      int apply = -1;
      for (int i = 0; i < Math.min(2, operands.size()); i++) {
        if (operands.get(i).value().equals("apply")) {
          apply = i;
        }
      }
      Optional<Word> autoApprove = c.flag("-auto-approve", "--auto-approve")
          .filter(w -> !w.value().endsWith("=false"));
      // a plan file after apply was saved by terraform plan, and can have been reviewed
      boolean planFile = apply >= 0 && operands.size() > apply + 1;
      if (apply >= 0 && autoApprove.isPresent() && !planFile) {
        ctx.report(script.span(autoApprove.get()), c.program() + " apply "
                + autoApprove.get().value() + " plans and applies in one go, so the changes "
                + "it makes to real infrastructure are never seen by anyone before they happen",
            "run " + c.program() + " plan -out=tfplan where the plan can be reviewed (a pull "
                + "request, an approval gate), then apply that file: " + c.program()
                + " apply tfplan");
      }
    }
  }
}
