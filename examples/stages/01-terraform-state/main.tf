# Stand-in for QHub's stage 01: the bucket that holds every later stage's state.
terraform {
  backend "local" {}
}

variable "name" {
  type    = string
  default = "datasci-blue"
}

resource "terraform_data" "state_bucket" {
  input = {
    name          = "${var.name}-terraform-state"
    force_destroy = false
    versioning    = true
  }
}

output "state_bucket" {
  value = terraform_data.state_bucket.output.name
}
