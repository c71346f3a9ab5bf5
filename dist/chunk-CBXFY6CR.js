import { createRequire as __qgCreateRequire } from 'node:module'; const require = __qgCreateRequire(import.meta.url);
import {
  SettingsError,
  bestEffort,
  configSourceOf,
  deploymentOf,
  factsFromFile,
  isDestroyed,
  lockMessage,
  planQhubConfig,
  readConfigFacts,
  resourcePrefix
} from "./chunk-YRYJMN6P.js";
import {
  EngineError,
  QhubRunError,
  VenvError,
  engineForCli,
  formatDiagnostic,
  spawnRunner
} from "./chunk-PMQ2AZIE.js";
import {
  resolveConfigPath
} from "./chunk-E2XWTSB3.js";
import {
  codeBlock,
  escapeText,
  inlineCode
} from "./chunk-TED5GYOY.js";
import {
  UsageError,
  UserFacingError,
  parseCommandLine
} from "./chunk-KRETPF2Y.js";

// src/commands/destroy.ts
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

// src/deploy/cluster.ts
var INGRESS_SERVICES = ["qhub-traefik-ingress", "nebari-traefik-ingress"];
function failed(what, error) {
  return { what, status: "failed", detail: error.message };
}
function foreignClusterReason(current, facts) {
  const expected = resourcePrefix(facts);
  const escaped = expected.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (facts.projectName !== null && new RegExp(`(?:^|[^A-Za-z0-9-])${escaped}(?:$|[^A-Za-z0-9-])`).test(current.name)) return null;
  return `the kubeconfig's current context is cluster \`${current.name || "(none)"}\` (${current.server || "no server"}), not this deployment's \`${expected}\`, so nothing was deleted there. Point the current context at \`${expected}\` before destroying (\`gcloud container clusters get-credentials\`, \`aws eks update-kubeconfig\`, \`az aks get-credentials\`), or check its load balancer and disks by hand`;
}
async function cleanUpCluster(cluster, facts) {
  const { namespace } = facts;
  const whats = ["Jupyter and Dask pods", ...INGRESS_SERVICES.map((name) => `Service ${namespace}/${name} and its load balancer`), "volume claims and their disks"];
  const skipAll = (detail) => whats.map((what) => ({ what, status: "skipped", detail }));
  const unreachable = await cluster.unreachableReason(namespace);
  if (unreachable !== null) return skipAll(`the cluster is not reachable (${unreachable}): check the load balancer and disks by hand`);
  let foreign;
  try {
    foreign = foreignClusterReason(await cluster.currentCluster(), facts);
  } catch (error) {
    foreign = `the current kube context could not be read (${error.message}), so nothing was deleted: check the load balancer and disks by hand`;
  }
  if (foreign !== null) return skipAll(foreign);
  const steps = [];
  try {
    const pods = await cluster.deleteWorkloadPods(namespace);
    steps.push({ what: whats[0], status: "done", detail: `${pods} deleted` });
  } catch (error) {
    steps.push(failed(whats[0], error));
  }
  for (const [index, name] of INGRESS_SERVICES.entries()) {
    try {
      const result = await cluster.deleteService(namespace, name);
      steps.push({ what: whats[index + 1], status: "done", detail: result === "deleted" ? "deleted, load balancer released" : "not present" });
    } catch (error) {
      steps.push(failed(whats[index + 1], error));
    }
  }
  try {
    const { claims, retained } = await cluster.deleteVolumeClaims(namespace);
    const kept = retained.length > 0 ? `; volumes kept by their Retain policy (delete their disks by hand): ${retained.join(", ")}` : "";
    const detail = `${claims} claims marked for deletion (their disks go once the pods using them are gone)${kept}`;
    steps.push({ what: whats[whats.length - 1], status: retained.length > 0 ? "failed" : "done", detail });
  } catch (error) {
    steps.push(failed(whats[whats.length - 1], error));
  }
  return steps;
}
var WAIT = "10m";
function kubectlCluster(runner, env, kubectl = "kubectl") {
  async function run(args) {
    const result = await runner(kubectl, args, { cwd: ".", env });
    if (result.code !== 0) throw new Error(`kubectl ${args.slice(0, 3).join(" ")} failed: ${(result.stderr || result.stdout).trim().split("\n").slice(-3).join(" ")}`);
    return result.stdout;
  }
  const names = (output) => output.split("\n").map((line) => line.trim()).filter((line) => line !== "");
  return {
    async unreachableReason(namespace) {
      try {
        await run(["get", "namespace", namespace, "--request-timeout=20s", "-o", "name"]);
        return null;
      } catch (error) {
        return error.code === "ENOENT" ? "kubectl is not installed on the runner" : error.message;
      }
    },
    async currentCluster() {
      const output = await run(["config", "view", "--minify", "-o", 'jsonpath={.clusters[0].name}{"\\n"}{.clusters[0].cluster.server}']);
      const [name = "", server = ""] = output.split("\n").map((line) => line.trim());
      return { name, server };
    },
    async deleteWorkloadPods(namespace) {
      let count = 0;
      for (const selector of ["component=singleuser-server", "app.kubernetes.io/component in (dask-scheduler,dask-worker)"]) {
        count += names(await run(["delete", "pods", "-n", namespace, "-l", selector, "--wait=true", `--timeout=${WAIT}`, "-o", "name"])).length;
      }
      return count;
    },
    async deleteService(namespace, name) {
      const output = await run(["delete", "service", name, "-n", namespace, "--ignore-not-found", "--wait=true", `--timeout=${WAIT}`, "-o", "name"]);
      return names(output).length > 0 ? "deleted" : "absent";
    },
    async deleteVolumeClaims(namespace) {
      const volumes = JSON.parse(await run(["get", "pv", "-o", "json"]));
      const ours = volumes.items.filter((volume) => volume.spec.claimRef?.namespace === namespace);
      const claims = names(await run(["delete", "pvc", "--all", "-n", namespace, "--wait=false", "-o", "name"])).length;
      return { claims, retained: ours.filter((volume) => volume.spec.persistentVolumeReclaimPolicy === "Retain").map((volume) => volume.metadata.name) };
    }
  };
}

// src/deploy/confirm.ts
function destroyConfirmationProblem(typed, expected, deployment) {
  if (typed.trim() === expected) return null;
  const what = typed.trim() === "" ? "No confirmation was given" : `The confirmation '${typed.trim()}' does not match`;
  return `${what}: to destroy ${deployment}, run the workflow again with confirm set to exactly '${expected}'. Nothing was touched.`;
}

// src/deploy/hints.ts
var KNOWN_DESTROY_FAILURES = [
  {
    pattern: /deletion_protection/i,
    advice: "GKE clusters created with google provider \u2265 5 (Nebari 2025.2\u20132025.6) keep deletion_protection in state (nebari #3098): apply once with deletion_protection = false, or delete the cluster by hand, then destroy again."
  },
  {
    pattern: /DependencyViolation/,
    advice: 'Something Terraform does not manage still uses the network: usually the ingress load balancer Kubernetes made and its k8s-elb-* security group (QHub #1081, #1924). Delete them (see "check by name") and destroy again.'
  },
  {
    pattern: /Unauthorized|Kubernetes cluster unreachable|connection refused|no such host/i,
    advice: "The cluster, or the credentials to reach it, went before the resources inside it (QHub #579, #1110). Those resources went with the cluster: forget them with `state rm`, then destroy again."
  },
  {
    pattern: /BucketNotEmpty|bucket you tried to delete is not empty|bucket is not empty/i,
    advice: "The state bucket is versioned and still holds object versions (QHub #502): delete every version, then the bucket."
  },
  {
    pattern: /Realm not found|failed to perform initial login to Keycloak/i,
    advice: "Keycloak is already gone (its URL no longer answers, QHub #948): the Keycloak objects went with it; forget them with `state rm`."
  }
];
function adviceFor(diagnostics) {
  const text = diagnostics.map((diagnostic) => `${diagnostic.summary}
${diagnostic.detail}`).join("\n");
  return KNOWN_DESTROY_FAILURES.filter((failure) => failure.pattern.test(text)).map((failure) => failure.advice);
}

// src/deploy/issue.ts
var LEFTOVERS_LABEL = "qhub-gitops";
function leftoversIssueTitle(deployment) {
  return `Manual destruction needed for ${deployment}`;
}
function leftoversIssueBody(outcome, context) {
  const run = context.runUrl ? `[this run](${context.runUrl})` : "the destroy run";
  const parts = [
    `The destroy of ${inlineCode(context.deployment)} on ${context.date} (${run}) did not remove everything. QHub's own destroy often stops early or exits 0 with resources left; qhub-gitops read every state afterwards, and this is what it found.`,
    "Delete each item by hand, tick it, then run the destroy workflow again: it updates this issue, and closes it when every state is empty."
  ];
  if (outcome.leftovers.length > 0) {
    const rows = outcome.leftovers.map(
      (leftover) => `- [ ] ${inlineCode(leftover.address)} \u2014 ${inlineCode(leftover.type)} (${leftover.provider}) in ${inlineCode(leftover.root)}
  - delete: ${inlineCode(leftover.command)}
  - then, in ${inlineCode(leftover.root)}: ${inlineCode(leftover.forget)}`
    );
    parts.push(`### Still in state (${outcome.leftovers.length})

${rows.join("\n")}`);
  }
  const unlisted = outcome.roots.filter((root) => root.state.addresses === null);
  if (unlisted.length > 0) {
    const rows = unlisted.map((root) => `- [ ] ${inlineCode(root.root)}: its state could not be read (${escapeText(root.state.addresses === null ? root.state.error : "")}), so what it still holds is unknown`);
    parts.push(`### States that could not be read

${rows.join("\n")}`);
  }
  const failures = outcome.roots.filter((root) => root.failure !== null);
  if (failures.length > 0) {
    const blocks = failures.map((root) => {
      const text = root.failure.lock ? lockMessage(root.failure.lock, root.root) : root.failure.diagnostics.map(formatDiagnostic).join("\n\n");
      const advice = adviceFor(root.failure.diagnostics).map((line) => `> ${line}`);
      return [`**${escapeText(root.root)}** (${root.failure.step})`, codeBlock(text, "text"), ...advice].join("\n\n");
    });
    parts.push(`### Destroy errors

${blocks.join("\n\n")}`);
  }
  if (outcome.nameChecks.length > 0) {
    const rows = outcome.nameChecks.map((check) => `- [ ] ${escapeText(check.what)} \u2014 ${escapeText(check.why)}
  - ${inlineCode(check.command)}`);
    parts.push(`### Check by name (no state tracks these)

${rows.join("\n")}`);
  }
  return `${parts.join("\n\n")}
`;
}
function issueAction(existing, outcome, context) {
  if (isDestroyed(outcome)) {
    if (!existing) return { kind: "none" };
    return {
      kind: "close",
      issueNumber: existing.number,
      body: `${existing.body.trimEnd()}

---

The destroy on ${context.date}${context.runUrl ? ` ([run](${context.runUrl}))` : ""} found every state empty: closing.
`
    };
  }
  const body = leftoversIssueBody(outcome, context);
  return existing ? { kind: "update", issueNumber: existing.number, body } : { kind: "create", title: leftoversIssueTitle(context.deployment), body };
}

// src/deploy/cleanup.ts
function providerOfType(type) {
  if (type.startsWith("google_")) return "gcp";
  if (type.startsWith("aws_")) return "aws";
  if (type.startsWith("azurerm_")) return "azure";
  if (type.startsWith("digitalocean_")) return "do";
  if (type.startsWith("kubernetes_") || type.startsWith("helm_")) return "kubernetes";
  if (type.startsWith("keycloak_")) return "keycloak";
  return "other";
}
var CLEANUP_COMMANDS = {
  // GCP
  google_container_cluster: (n) => `gcloud container clusters delete ${n.prefix} --region ${n.region} --quiet`,
  google_container_node_pool: (n) => `gcloud container node-pools delete ${n.key} --cluster ${n.prefix} --region ${n.region} --quiet`,
  google_service_account: (n) => `gcloud iam service-accounts delete ${n.prefix}@${n.gcpProject}.iam.gserviceaccount.com --quiet`,
  google_project_iam_member: (n) => `gcloud projects get-iam-policy ${n.gcpProject} --format=json | grep -n 'deleted:serviceAccount:${n.prefix}@' ; then: gcloud projects remove-iam-policy-binding ${n.gcpProject} --member=MEMBER --role=ROLE`,
  google_storage_bucket: (n) => `gcloud storage buckets list --filter="name~${n.prefix}" ; then: gcloud storage rm -r gs://BUCKET`,
  google_artifact_registry_repository: (n) => `gcloud artifacts repositories delete ${n.prefix} --location ${n.region} --quiet`,
  google_container_registry: () => 'Do not delete blindly: this is the project-wide gcr.io bucket other projects may use. Remove it from state only: see "then" below.',
  // AWS, in aws_cleanup's order: node groups, cluster, load balancer, EFS, network, volumes, state, IAM.
  aws_eks_node_group: (n) => `aws eks delete-nodegroup --cluster-name ${n.prefix} --nodegroup-name ${n.key} && aws eks wait nodegroup-deleted --cluster-name ${n.prefix} --nodegroup-name ${n.key}`,
  aws_eks_cluster: (n) => `aws eks delete-cluster --name ${n.prefix} && aws eks wait cluster-deleted --name ${n.prefix}`,
  aws_eks_addon: (n) => `aws eks list-addons --cluster-name ${n.prefix} ; then: aws eks delete-addon --cluster-name ${n.prefix} --addon-name ADDON`,
  aws_efs_mount_target: (n) => `aws efs describe-file-systems --query "FileSystems[?Name=='${n.prefix}-jupyterhub-shared'].FileSystemId" ; then: aws efs describe-mount-targets --file-system-id FS_ID and aws efs delete-mount-target --mount-target-id MT_ID`,
  aws_efs_file_system: (n) => `aws efs describe-file-systems --query "FileSystems[?Name=='${n.prefix}-jupyterhub-shared'].FileSystemId" ; then (mount targets first): aws efs delete-file-system --file-system-id FS_ID`,
  aws_vpc: (n) => `aws ec2 describe-vpcs --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then, after subnets, gateways and security groups: aws ec2 delete-vpc --vpc-id VPC_ID`,
  aws_subnet: (n) => `aws ec2 describe-subnets --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 delete-subnet --subnet-id SUBNET_ID`,
  aws_internet_gateway: (n) => `aws ec2 describe-internet-gateways --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 detach-internet-gateway --internet-gateway-id IGW_ID --vpc-id VPC_ID && aws ec2 delete-internet-gateway --internet-gateway-id IGW_ID`,
  aws_route_table: (n) => `aws ec2 describe-route-tables --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 delete-route-table --route-table-id RTB_ID`,
  aws_security_group: (n) => `aws ec2 describe-security-groups --filters Name=tag:Project,Values=${n.project} Name=tag:Environment,Values=${n.namespace} ; then: aws ec2 delete-security-group --group-id SG_ID`,
  aws_ecr_repository: (n) => `aws ecr delete-repository --repository-name ${n.prefix}-jupyterlab --force`,
  aws_s3_bucket: (n) => `aws s3api list-object-versions --bucket ${n.prefix}-terraform-state ; delete every version and delete marker (aws s3api delete-objects), then: aws s3api delete-bucket --bucket ${n.prefix}-terraform-state`,
  aws_dynamodb_table: (n) => `aws dynamodb delete-table --table-name ${n.prefix}-terraform-state-lock`,
  aws_iam_role: (n) => `aws iam list-roles --query "Roles[?starts_with(RoleName, '${n.prefix}-')].RoleName" ; then per role: aws iam list-attached-role-policies, aws iam detach-role-policy, aws iam delete-role --role-name ROLE`,
  aws_iam_policy: (n) => `aws iam list-policies --scope Local --query "Policies[?contains(PolicyName, '${n.prefix}')].Arn" ; then: delete non-default versions, aws iam delete-policy --policy-arn ARN`,
  aws_iam_openid_connect_provider: () => "aws iam list-open-id-connect-providers ; then: aws iam delete-open-id-connect-provider --open-id-connect-provider-arn ARN",
  aws_kms_key: (n) => `aws kms list-aliases --query "Aliases[?contains(AliasName, '${n.prefix}')]" ; then: aws kms schedule-key-deletion --key-id KEY_ID --pending-window-in-days 7`,
  aws_resourcegroups_group: (n) => `aws resource-groups delete-group --group-name ${n.project}`,
  // Azure: deleting the resource group deletes everything in it, AKS's node resource group too.
  azurerm_kubernetes_cluster: (n) => `az aks delete --name ${n.prefix} --resource-group ${n.prefix} --yes`,
  azurerm_kubernetes_cluster_node_pool: (n) => `az aks nodepool delete --cluster-name ${n.prefix} --resource-group ${n.prefix} --name ${n.key}`,
  azurerm_resource_group: (n) => `az group delete --name ${n.prefix} --yes ; and for 0.4+ state: az group delete --name ${n.prefix}-state --yes`,
  azurerm_storage_account: (n) => `az group delete --name ${n.prefix}-state --yes   # 0.3.x keeps the state account in ${n.prefix}`,
  azurerm_container_registry: (n) => `az group delete --name ${n.prefix} --yes`,
  // DigitalOcean (up to Nebari 2024.11.1). --dangerous also deletes the cluster's LBs and volumes.
  digitalocean_kubernetes_cluster: (n) => `doctl kubernetes cluster delete ${n.prefix} --dangerous -f`,
  digitalocean_kubernetes_node_pool: (n) => `doctl kubernetes cluster node-pool delete ${n.prefix} ${n.key} -f`,
  digitalocean_spaces_bucket: (n) => `aws s3 rb s3://${n.prefix}-terraform-state --force --endpoint=https://${n.region}.digitaloceanspaces.com`
};
var FALLBACK = {
  gcp: (n) => `find it by name (${n.prefix}) in the Cloud Console or with gcloud, and delete it`,
  aws: (n) => `aws resourcegroupstaggingapi get-resources --tag-filters Key=Project,Values=${n.project} Key=Environment,Values=${n.namespace} ; delete what it lists`,
  azure: (n) => `az group delete --name ${n.prefix} --yes`,
  do: (n) => `doctl kubernetes cluster list-associated-resources ${n.prefix}`,
  kubernetes: () => "gone with the cluster; if the cluster is still up, delete it with kubectl (or helm uninstall)",
  keycloak: () => "gone with the cluster (Keycloak runs in it); nothing to delete in a cloud",
  other: () => "no known cloud object: check what it created"
};
function parseAddress(address) {
  const keys = [...address.matchAll(/\[("(?:[^"\\]|\\.)*"|\d+)\]/g)].map((match) => match[1]);
  const bare = address.replace(/\[(?:"(?:[^"\\]|\\.)*"|\d+)\]/g, "");
  const parts = bare.split(".");
  while (parts[0] === "module") parts.splice(0, 2);
  const mode = parts[0] === "data" ? "data" : "managed";
  if (mode === "data") parts.shift();
  const lastKey = keys.length > 0 && address.endsWith("]") ? keys[keys.length - 1] : null;
  return {
    type: parts[0] ?? address,
    key: lastKey === null ? null : lastKey.startsWith('"') ? JSON.parse(lastKey) : lastKey,
    mode
  };
}
function namesFor(facts, key) {
  return {
    prefix: facts ? resourcePrefix(facts) : "<project_name>-<namespace>",
    project: facts?.projectName ?? "<project_name>",
    namespace: facts?.namespace ?? "<namespace>",
    region: facts?.region ?? "<region>",
    gcpProject: facts?.gcpProject ?? "<gcp-project-id>",
    key: key ?? "<name>"
  };
}
function cleanupCommand(type, key, facts) {
  const names = namesFor(facts, key);
  const template = CLEANUP_COMMANDS[type] ?? FALLBACK[providerOfType(type)];
  return template(names);
}

// src/deploy/leftovers.ts
function shellQuote(text) {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}
function leftoversOf(states, facts, engineCommand) {
  const leftovers = [];
  for (const state of states) {
    for (const address of state.addresses ?? []) {
      const parsed = parseAddress(address);
      if (parsed.mode === "data") continue;
      leftovers.push({
        root: state.root,
        address,
        type: parsed.type,
        provider: providerOfType(parsed.type),
        command: cleanupCommand(parsed.type, parsed.key, facts),
        forget: `${engineCommand} state rm ${shellQuote(address)}`
      });
    }
  }
  return leftovers;
}
var CLOUDS = /* @__PURE__ */ new Set(["gcp", "aws", "azure", "do"]);
function nameChecks(facts) {
  if (!facts || !facts.provider || !CLOUDS.has(facts.provider)) return [];
  const p = resourcePrefix(facts);
  const ns = facts.namespace;
  const region = facts.region ?? "<region>";
  const stateWhy = "stage 01's state is local to the machine that deployed, so a destroy on a fresh runner cannot see it";
  const lbWhy = `created by Kubernetes for the Service ${ns}/qhub-traefik-ingress (Nebari: nebari-traefik-ingress), not by Terraform`;
  const diskWhy = "created by Kubernetes for PersistentVolumeClaims (NFS, conda-store, Helm charts), not by Terraform";
  switch (facts.provider) {
    case "gcp":
      return [
        { what: `state bucket gs://${p}-terraform-state`, why: stateWhy, command: `gcloud storage ls gs://${p}-terraform-state && gcloud storage rm -r gs://${p}-terraform-state` },
        {
          what: "ingress load balancer",
          why: lbWhy,
          command: `gcloud compute forwarding-rules list --filter="description~traefik-ingress" ; then delete the rule, its target pool and the k8s-fw-* firewall rules`
        },
        { what: "volume disks", why: diskWhy, command: `gcloud compute disks list --filter="-users:* AND description~${ns}" ; then: gcloud compute disks delete DISK --region ${region}` }
      ];
    case "aws":
      return [
        {
          what: `state bucket ${p}-terraform-state and lock table ${p}-terraform-state-lock`,
          why: stateWhy,
          command: `aws s3api head-bucket --bucket ${p}-terraform-state ; aws dynamodb describe-table --table-name ${p}-terraform-state-lock ; delete as in the aws_s3_bucket and aws_dynamodb_table rows`
        },
        {
          what: "ingress load balancer (Classic ELB) and its k8s-elb-* security group",
          why: `${lbWhy}; it blocks deleting the VPC (DependencyViolation)`,
          command: `aws resourcegroupstaggingapi get-resources --resource-type-filters elasticloadbalancing:loadbalancer --tag-filters Key=kubernetes.io/cluster/${p},Values=owned ; then: aws elb delete-load-balancer --load-balancer-name NAME`
        },
        { what: "EBS volumes", why: diskWhy, command: `aws ec2 describe-volumes --filters Name=tag:kubernetes.io/cluster/${p},Values=owned Name=status,Values=available ; then: aws ec2 delete-volume --volume-id VOL_ID` }
      ];
    case "azure":
      return [
        { what: `state resource group ${p}-state (QHub 0.4+; 0.3.x keeps state in ${p})`, why: stateWhy, command: `az group show --name ${p}-state && az group delete --name ${p}-state --yes` },
        {
          what: `node resource group ${p}-node-resource-group (load balancer, public IP, disks)`,
          why: "AKS deletes it with the cluster; it survives only when the cluster delete failed",
          command: `az group show --name ${p}-node-resource-group && az group delete --name ${p}-node-resource-group --yes`
        }
      ];
    case "do":
      return [
        {
          what: `state Space ${p}-terraform-state`,
          why: stateWhy,
          command: `aws s3 ls s3://${p}-terraform-state --endpoint=https://${region}.digitaloceanspaces.com && aws s3 rb s3://${p}-terraform-state --force --endpoint=https://${region}.digitaloceanspaces.com`
        },
        { what: "load balancers and pvc-* volumes", why: `${lbWhy}; ${diskWhy}`, command: "doctl compute load-balancer list ; doctl compute volume list ; delete those of this cluster" }
      ];
  }
}

// src/report/destroy.ts
function destroyJson(outcome) {
  return {
    destroyed: isDestroyed(outcome),
    leftovers: outcome.leftovers.map((leftover) => ({
      root: leftover.root,
      address: leftover.address,
      type: leftover.type,
      provider: leftover.provider,
      command: leftover.command
    })),
    unreadable: outcome.roots.filter((root) => root.state.addresses === null).map((root) => root.root)
  };
}
function escapeCell(text) {
  return escapeText(text).replace(/\|/g, "\\|");
}
function codeCell(text) {
  return inlineCode(text).replace(/\|/g, "\\|");
}
function destroySummary(outcome, context) {
  const destroyed = isDestroyed(outcome);
  const parts = [
    `## Destroy of ${inlineCode(context.deployment)}`,
    destroyed ? "**\u2705 Every state is empty.** Nothing Terraform tracked is left." : `**\u274C Not everything was destroyed:** ${outcome.leftovers.length} resource${outcome.leftovers.length === 1 ? "" : "s"} still in state${context.issueUrl ? `; the checklist is in [the issue](${context.issueUrl})` : ""}.`
  ];
  if (outcome.cluster.length > 0) {
    const rows = outcome.cluster.map((step) => `| ${escapeCell(step.what)} | ${step.status} | ${escapeCell(step.detail)} |`);
    parts.push(`### Kubernetes objects made outside Terraform

| Object | Result | Detail |
|---|---|---|
${rows.join("\n")}`);
  }
  const rootLines = outcome.roots.map((root) => {
    const left = root.state.addresses === null ? `state could not be read: ${escapeText(root.state.error)}` : `${root.state.addresses.length} left in state`;
    const failure = root.failure ? ` \u2014 ${root.failure.step} failed` : "";
    const advice = root.failure ? adviceFor(root.failure.diagnostics).map((line) => `

  > ${line}`).join("") : "";
    const details = root.failure ? `

${codeBlock(root.failure.lock ? lockMessage(root.failure.lock, root.root) : root.failure.diagnostics.slice(0, 3).map(formatDiagnostic).join("\n\n"), "text")}${advice}` : "";
    return `- ${inlineCode(root.root)}: ${left}${failure}${details}`;
  });
  parts.push(`### Roots, in destroy order

${rootLines.join("\n")}`);
  if (outcome.leftovers.length > 0) {
    const rows = outcome.leftovers.map(
      (leftover) => `| ${codeCell(leftover.root)} | ${codeCell(leftover.address)} | ${codeCell(leftover.type)} | ${leftover.provider} | ${codeCell(leftover.command)} |`
    );
    parts.push(`### Left over

| Root | Address | Type | Provider | Delete by hand |
|---|---|---|---|---|
${rows.join("\n")}

After deleting one, forget it in its root: \`state rm '<address>'\`.`);
  }
  if (outcome.nameChecks.length > 0) {
    parts.push(`### Check by name (no state tracks these)

${outcome.nameChecks.map((check) => `- ${escapeText(check.what)}: ${escapeText(check.why)}
  ${inlineCode(check.command)}`).join("\n")}`);
  }
  if (context.runUrl) parts.push(`<sub>[Run](${context.runUrl})</sub>`);
  return `${parts.join("\n\n")}
`;
}
function destroyText(outcome) {
  const lines = [];
  for (const step of outcome.cluster) lines.push(`cluster: ${step.what}: ${step.status} (${step.detail})`);
  for (const root of outcome.roots) {
    if (root.failure) {
      lines.push(`${root.root}: ${root.failure.step} failed`, root.failure.lock ? lockMessage(root.failure.lock, root.root) : root.failure.diagnostics.map(formatDiagnostic).join("\n"));
      lines.push(...adviceFor(root.failure.diagnostics).map((line) => `hint: ${line}`));
    }
    lines.push(root.state.addresses === null ? `${root.root}: state could not be read: ${root.state.error}` : `${root.root}: ${root.state.addresses.length} left in state`);
  }
  for (const leftover of outcome.leftovers) lines.push(`leftover ${leftover.root} ${leftover.address} (${leftover.type}): ${leftover.command}; then ${leftover.forget}`);
  for (const check of outcome.nameChecks) lines.push(`check by name: ${check.what}: ${check.command}`);
  lines.push(isDestroyed(outcome) ? "destroyed: every state is empty" : "NOT destroyed: resources are left (see above)");
  return lines;
}

// src/commands/destroy.ts
function failureOf(error) {
  if (!(error instanceof EngineError)) throw error;
  return { step: error.step, diagnostics: error.diagnostics, lock: error.lock };
}
async function readRootState(engine, spec) {
  const root = spec.label ?? spec.dir;
  try {
    return { root, addresses: await engine.stateList(spec.dir, spec.settings) };
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    if (error.diagnostics.some((diagnostic) => /No state file was found/.test(`${diagnostic.summary}
${diagnostic.detail}`))) return { root, addresses: [] };
    return { root, addresses: null, error: error.diagnostics[0]?.summary ?? error.message };
  }
}
async function destroyRoots(targets, engine, options) {
  const cluster = options.cluster && options.facts ? await cleanUpCluster(options.cluster, options.facts) : [];
  const roots = [];
  for (const spec of [...targets].reverse()) {
    if ("unprepared" in spec) {
      roots.push({ root: spec.root, failure: null, state: { root: spec.root, addresses: null, error: spec.unprepared } });
      continue;
    }
    const root = spec.label ?? spec.dir;
    let failure = null;
    try {
      await engine.init(spec.dir, spec.settings);
      await engine.destroy(spec.dir, spec.settings);
    } catch (error) {
      failure = failureOf(error);
    }
    roots.push({ root, failure, state: await readRootState(engine, spec) });
  }
  return {
    roots,
    cluster,
    leftovers: leftoversOf(
      roots.map((root) => root.state),
      options.facts,
      engine.command
    ),
    nameChecks: nameChecks(options.facts)
  };
}
function runnerCluster(env) {
  return kubectlCluster(spawnRunner, env);
}
async function destroyTargets(roots, source, engine, workDir) {
  if (roots.length > 0) return [...roots];
  const planned = await planQhubConfig(source, engine, workDir);
  return planned.run.roots.map((outcome) => {
    const spec = planned.specs.find((candidate) => candidate.label === outcome.root);
    if (planned.previewOnly.includes(outcome.root)) {
      return { root: outcome.root, unprepared: "its remote state storage was not found, so its state cannot be read from here" };
    }
    if (spec) return spec;
    const why = outcome.status === "pending" ? outcome.reason : "it could not be prepared";
    return { root: outcome.root, unprepared: `its input variables are not known (${why}), so it cannot be destroyed from here` };
  });
}
async function runDestroyAction(settings, api, dependencies) {
  if (settings.event.kind !== "workflow_dispatch") {
    throw new SettingsError(`destroy runs only on workflow_dispatch (run the destroy workflow by hand), never on ${settings.event.kind}.`);
  }
  const { branch, name } = deploymentOf(settings, "destroy");
  const config = await readConfigFacts(settings);
  const expected = config?.facts.projectName ?? name;
  const notices = [];
  const base = { findings: [], configFile: "", comment: null, notices };
  const problem = destroyConfirmationProblem(settings.confirm, expected, branch);
  if (problem) return { ...base, outputs: { destroyed: "false" }, summary: `## Destroy of \`${branch}\`

${problem}
`, failure: problem };
  let targets;
  try {
    const roots = settings.roots.map((dir) => ({ dir: resolve(settings.workingDirectory, dir), label: dir }));
    targets = await destroyTargets(roots, configSourceOf(settings, dependencies.env), dependencies.engine, dependencies.workDir);
  } catch (error) {
    if (!(error instanceof QhubRunError || error instanceof VenvError)) throw error;
    const message = `Nothing was destroyed: the QHub config could not be prepared for destroy. ${error.message}`;
    return { ...base, outputs: { destroyed: "false" }, summary: `## Destroy of \`${branch}\`

${message}
`, failure: message };
  }
  const outcome = await destroyRoots(targets, dependencies.engine, { facts: config?.facts ?? null, cluster: config && settings.cleanCluster ? dependencies.cluster : null });
  if (!config) notices.push("No QHub config beside the roots: the Kubernetes clean-up was skipped and cleanup commands use placeholders for names.");
  else if (!settings.cleanCluster) notices.push("No Kubernetes clean-up (clean-cluster is false): check the load balancer and disks the cluster made, or set clean-cluster: true with a KUBECONFIG for the deployment's cluster.");
  const context = { deployment: branch, runUrl: dependencies.runUrl, date: dependencies.now.toISOString().slice(0, 10) };
  const title = leftoversIssueTitle(branch);
  const existing = await bestEffort(notices, `look for the issue "${title}"`, () => api.findIssue(title, LEFTOVERS_LABEL));
  const action = issueAction(existing, outcome, context);
  let issueUrl = null;
  if (action.kind === "create") issueUrl = (await bestEffort(notices, `open the issue "${title}"`, () => api.createIssue(action.title, action.body, [LEFTOVERS_LABEL])))?.url ?? null;
  if (action.kind === "update") issueUrl = (await bestEffort(notices, `update issue #${action.issueNumber}`, () => api.updateIssue(action.issueNumber, { body: action.body, state: "open" })))?.url ?? null;
  if (action.kind === "close") {
    const closed = await bestEffort(notices, `close issue #${action.issueNumber}`, () => api.updateIssue(action.issueNumber, { body: action.body, state: "closed" }));
    if (closed) notices.push(`Closed issue #${closed.number}: every state is empty now.`);
  }
  const destroyed = isDestroyed(outcome);
  if (destroyed) {
    await bestEffort(notices, `mark the ${name} environment inactive`, async () => {
      const deployment = await api.createDeployment({ ref: branch, environment: name, description: "qhub-gitops destroy", payload: {} });
      await api.createDeploymentStatus(deployment.id, { state: "inactive", description: "Destroyed: every state is empty", ...dependencies.runUrl ? { logUrl: dependencies.runUrl } : {} });
    });
  }
  return {
    ...base,
    outputs: {
      destroyed: String(destroyed),
      leftovers: JSON.stringify(destroyJson(outcome).leftovers),
      ...issueUrl ? { "issue-url": issueUrl } : {}
    },
    summary: destroySummary(outcome, { deployment: branch, runUrl: dependencies.runUrl, issueUrl }),
    failure: destroyed ? null : `${branch} was not fully destroyed: ${outcome.leftovers.length} resource(s) left in state${outcome.roots.some((root) => root.state.addresses === null) ? ", and some states could not be read" : ""}.${issueUrl ? ` Checklist: ${issueUrl}` : ""}
${destroyText(outcome).join("\n")}`
  };
}
var usage = `usage: qhub-gitops destroy [--root DIR... | --config CONFIG [--qhub-version V] [--environments DIR]] --yes
                           [--format text|json] [--clean-cluster] [--engine tofu|terraform|PATH]

Destroys the roots in reverse order (give them in apply order) - without --root, the QHub config's
stages, prepared as 'qhub-gitops plan' prepares them - continuing past failures, then runs
'state list' in each: whatever is still there is a leftover, printed with the command that deletes
it by hand; a stage that cannot be prepared is reported as not destroyed. The config (--config, or
the default one without --root) names the deployment (project_name, namespace, region) in those
commands and adds the objects no state tracks (the state bucket, Kubernetes-made load balancers
and disks). --clean-cluster first deletes the ingress Service and the volume claims with kubectl
(KUBECONFIG). --format json prints {"destroyed": bool, "leftovers": [{"root", "address", "type", ...}]}.
Exit codes: 0 every state is empty, 1 something is left, 2 usage.`;
var destroyCommand = {
  name: "destroy",
  summary: "destroy Terraform roots (or a QHub config) in reverse order and list what is left, with cleanup commands",
  usage,
  async run(argv, io) {
    const parsed = parseCommandLine({
      args: argv,
      options: {
        root: { type: "string", multiple: true },
        yes: { type: "boolean", default: false },
        format: { type: "string", default: "text" },
        config: { type: "string" },
        "qhub-version": { type: "string" },
        environments: { type: "string" },
        "clean-cluster": { type: "boolean", default: false },
        engine: { type: "string", default: "tofu" }
      }
    });
    const { format, yes } = parsed.values;
    if (format !== "json" && format !== "text") throw new UsageError(`--format must be text or json, not '${format}'`);
    const dirs = parsed.values.root ?? [];
    if (!yes) throw new UsageError("destroy deletes everything it is given: add --yes to confirm");
    const source = { cwd: io.cwd, config: parsed.values.config ?? null, environments: parsed.values.environments ?? null, qhubVersion: parsed.values["qhub-version"] ?? null, env: io.env };
    const configFile = source.config ?? (dirs.length === 0 ? resolveConfigPath(void 0, io.cwd) : null);
    if (parsed.values["clean-cluster"] && configFile === null) throw new UsageError("--clean-cluster needs --config (for the namespace)");
    const facts = configFile === null ? null : await factsFromFile(configFile, io.cwd);
    const engine = await engineForCli(parsed.values.engine, io);
    const workDir = await mkdtemp(join(tmpdir(), "qhub-gitops-destroy-"));
    let outcome;
    try {
      let targets;
      try {
        targets = await destroyTargets(
          dirs.map((dir) => ({ dir: resolve(io.cwd, dir), label: dir })),
          source,
          engine,
          workDir
        );
      } catch (error) {
        if (error instanceof QhubRunError || error instanceof VenvError) throw new UserFacingError(`nothing was destroyed: ${error.message}`, 1);
        throw error;
      }
      outcome = await destroyRoots(targets, engine, { facts, cluster: parsed.values["clean-cluster"] ? runnerCluster(io.env) : null });
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
    if (format === "json") io.stdout(`${JSON.stringify(destroyJson(outcome), null, 2)}
`);
    else io.stdout(`${destroyText(outcome).join("\n")}
`);
    return isDestroyed(outcome) ? 0 : 1;
  }
};

export {
  readRootState,
  destroyRoots,
  runnerCluster,
  destroyTargets,
  runDestroyAction,
  destroyCommand
};
