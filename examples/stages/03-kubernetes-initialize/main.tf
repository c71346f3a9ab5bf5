# Stand-in for QHub's stage 03: needs stage 02's outputs, like the real stage needs the cluster.
terraform {
  backend "local" {}
}

data "terraform_remote_state" "infrastructure" {
  backend = "local"
  config = {
    path = "${path.module}/../02-infrastructure/terraform.tfstate"
  }
}

resource "terraform_data" "namespace" {
  input = {
    cluster   = data.terraform_remote_state.infrastructure.outputs.cluster_name
    namespace = "blue"
  }
}
