# Sourced by the CI scripts: the README's commands, read out of it so CI runs what the README says.
# readme_command N prints the Nth fenced bash block's command under the README's "Quick start".
readme_command() {
  awk -v n="$1" '
    /^## / { inside = ($0 ~ /^## Quick start/) }
    inside && /^```bash/ { block++; getline; if (block == n) { print; exit } }
  ' "${README:-README.md}"
}
