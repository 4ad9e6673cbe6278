variable "a" { default = 1 }
variable "b" { x = 1 y = 2 }
