# Stand-in for QHub's stage 02: the Kubernetes cluster and its node groups.
terraform {
  backend "local" {
    path = "terraform.tfstate"
  }
}

variable "node_groups" {
  type = map(object({ instance = string, min_nodes = number, max_nodes = number }))
  default = {
    general = { instance = "n1-standard-4", min_nodes = 1, max_nodes = 1 }
    user    = { instance = "n1-standard-4", min_nodes = 0, max_nodes = 5 }
    worker  = { instance = "n1-standard-4", min_nodes = 0, max_nodes = 5 }
  }
}

resource "terraform_data" "cluster" {
  input = {
    name               = "datasci-blue"
    kubernetes_version = "1.21"
    region             = "us-central1"
  }
}

resource "terraform_data" "node_pool" {
  for_each = var.node_groups
  input = {
    cluster   = terraform_data.cluster.output.name
    instance  = each.value.instance
    min_nodes = each.value.min_nodes
    max_nodes = each.value.max_nodes
  }
}

output "cluster_name" {
  value = terraform_data.cluster.output.name
}

output "kubernetes_credentials" {
  value     = { host = "https://${terraform_data.cluster.output.name}.example.invalid", token = "example-token" }
  sensitive = true
}
