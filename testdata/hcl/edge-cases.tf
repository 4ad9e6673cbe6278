# Forms that are valid HCL but easy to misread.
thing a "b\tc" d-e {
}

one_line "x" { enabled = true }

empty {}

legacy = [aws_instance.web.0.id, aws_instance.web.*.id, aws_instance.web[*].tags["Name"]]

objects = {
  plain      = 1
  "quoted"   = 2
  "k:v"      : 3
  (var.key)  = 4
  "${var.p}" = 5
  true       = 6
  7          = "seven"
}

multi_line = (
  var.a
  ? "x"
  : "y"
)

call = merge(
  { a = 1 },
  { b = 2 },
)

expanded = min(var.numbers...)

namespaced = provider::terraform::encode_tfvars({ a = 1 })

escapes = "tab\t quote\" backslash\\ unicode\u00e9 \U0001F600 dollar $${x} percent %%{y}"

strip = "a ${~ "b" ~} c %{~ if true ~} d %{~ endif ~}"

heredoc = <<EOT
  kept indentation ${var.x}
EOT

indented = <<-EOT
    removed indentation
      except the extra
    EOT

for_object = { for k, v in var.map : upper(k) => v... if v != null }

comment = 1 /* an inline comment */ + 2 // and a line comment
