#!/usr/bin/env bash
# The work of the mgi-diff GitHub Action (action.yml), as a plain script that runs anywhere:
#
#   1. annotates every broken profile on its line (`check --format github`);
#   2. writes the effect of the edit (`changes`, Markdown) to the job summary, even when a
#      profile is broken, since that is when a reviewer needs it;
#   3. gives a notice for each changed profile whose pairs with the earlier round are not yet
#      tied by id;
#   4. fails when a profile is broken, an entry has one of the chosen statuses, or mgi-diff
#      fails.
#
# Inputs, from the environment: MGI_SINCE (the revision to compare with), MGI_PATHS (folders
# or files, separated by spaces or lines; default: the profile folder), MGI_FAIL_ON (statuses,
# `review` or `deleted`, comma-separated; empty: never), GITHUB_STEP_SUMMARY (the file the summary is appended to; default:
# standard output), MGI_COMMENT_FILE (optional: where to write the same report cut to fit a
# pull-request comment, 65,536 characters; always a new file, see below). `mgi-diff` must be
# on PATH. docs/ci.md says what this guarantees against a hostile pull request.
set -uo pipefail

since="${MGI_SINCE:?MGI_SINCE: the revision to compare with, e.g. origin/main}"
# Every word of every line (a multi-line `paths:` input), not the first line only.
read -r -d '' -a paths <<<"${MGI_PATHS:-}"
fail_on="${MGI_FAIL_ON:-}"
summary="${GITHUB_STEP_SUMMARY:-/dev/stdout}"

status=0

# Text for a workflow command (`::notice file=…,title=…::message`): a pull request controls
# file names, so `%`, line breaks and, in a property, `:` and `,` are escaped as GitHub's
# runner reads them; otherwise a name could set the annotation's fields or start a command.
escape_data() {
  local s="${1//'%'/'%25'}"
  s="${s//$'\r'/'%0D'}"
  printf '%s' "${s//$'\n'/'%0A'}"
}
escape_property() {
  local s
  s="$(escape_data "$1")"
  s="${s//':'/'%3A'}"
  printf '%s' "${s//','/'%2C'}"
}

report="$(mktemp)"
trap 'rm -f "$report" "$report".*' EXIT

# 1. Annotations on the lines of broken profiles, the first 200 of them: one file of 5,000
# unknown keys made 5,000 lines (1.1 MB) of log, and GitHub shows only 10 errors of a step
# on the pull request anyway. The rest are counted, and `mgi-diff check` lists them all.
max_annotations=200
mgi-diff check --format github "${paths[@]}" >"$report.check" || status=1
head -n "$max_annotations" "$report.check"
annotations=$(wc -l <"$report.check")
if [ "$annotations" -gt "$max_annotations" ]; then
  echo "::warning title=mgi-diff::$((annotations - max_annotations)) more problems are not annotated: mgi-diff check lists them all"
fi
rm -f "$report.check"

# 2. The effect of the edit, to the job summary.
gate=()
[ -n "$fail_on" ] && gate=(--fail-on "$fail_on")
# What the summary and the comment say when mgi-diff gave no report: fixed words, so that
# nothing a pull request planted is posted in the report's place.
failed_words() {
  printf '**mgi-diff could not report the changes** (exit status %s): see the check'"'"'s log.\n' "$1"
}
# A job summary holds 1 MiB: 262,144 characters fit it even if every one took four bytes.
# `--since=…` in one word: a revision that starts with `-` is a value, not an option.
mgi-diff changes --since="$since" --format markdown --changes-only "${gate[@]}" \
  --max-chars 262144 --output "$report" "${paths[@]}"
changes_status=$?
if [ -s "$report" ]; then
  cat "$report" >>"$summary"
elif [ "$changes_status" -ge 2 ]; then
  failed_words "$changes_status" >>"$summary"
fi
case "$changes_status" in
  0) ;;
  1) status=1 ;;
  *) echo "::error title=mgi-diff::mgi-diff changes failed (exit status $changes_status)"; status=1 ;;
esac

# The comment file, for a later step to post. The pull request controls the checkout: it may
# commit a file at that path (`@maintainers ![x](https://evil…)`), a link to a file of the
# runner's, or a link for one of its folders. So whatever is at the path is removed, never
# written through; a link among its folders inside the work tree is refused; and the file is
# written fresh, with the report or with the failure words, never left as committed.
comment="${MGI_COMMENT_FILE:-}"
if [ -n "$comment" ]; then
  top="$(git rev-parse --show-toplevel 2>/dev/null || pwd -P)"
  case "$comment" in /*) walk="" ;; *) walk="$(pwd -P)" ;; esac
  refused=""
  # The folders one by one, split on `/` only (a line break is part of a name).
  IFS=/ read -r -d '' -a parts < <(printf '%s\0' "$(dirname -- "$comment")")
  for part in "${parts[@]}"; do
    [ -n "$part" ] && [ "$part" != . ] || continue
    walk="$walk/$part"
    case "$walk/" in "$top"/*)
      if [ -L "$walk" ]; then refused="its folder $walk is a link"; break; fi ;;
    esac
  done
  if [ -z "$refused" ] && [ -d "$comment" ] && [ ! -L "$comment" ]; then
    refused="it is a folder"
  fi
  if [ -n "$refused" ]; then
    echo "::error title=mgi-diff::$(escape_data "comment file $comment not written: $refused")"
    status=1
  else
    rm -f -- "$comment"
    # mgi-diff writes a new file beside the path and renames it there; on a failure it
    # writes nothing, and the fixed words are written instead, to a file created anew
    # (`set -C`: never through something put at the path since).
    mgi-diff changes --since="$since" --format markdown --changes-only "${gate[@]}" \
      --max-chars 65536 --output "$comment" "${paths[@]}" 2>"$report.err"
    comment_status=$?
    if [ "$comment_status" -ge 2 ]; then
      # The first run told the same cause already, unless it succeeded.
      if [ "$changes_status" -lt 2 ]; then
        cat "$report.err" >&2
        echo "::error title=mgi-diff::mgi-diff changes failed for the comment (exit status $comment_status)"
      fi
      rm -f -- "$comment"
      (set -C; failed_words "$comment_status" >"$comment") || true
      status=1
    fi
  fi
fi

# 3. Pairs not yet tied by id: a notice per changed profile with an earlier round. Names come
# NUL-separated, so that git does not quote the ones it would (non-ASCII, line breaks).
# A file is looked at only when it is a regular file inside the repository: a FIFO would hang
# `ids`, and a link (or a folder link on its path) could lead out of the checkout.
top="$(git rev-parse --show-toplevel)"
regular_inside() {
  [ -f "$1" ] && [ ! -L "$1" ] || return 1
  local real
  real="$(realpath -e -- "$1" 2>/dev/null)" || return 1
  case "$real" in "$top"/*) ;; *) return 1 ;; esac
  case "/${real#"$top"/}/" in */.git/*) return 1 ;; esac
}
while IFS= read -r -d '' file; do
  case "$file" in *.toml) ;; *) continue ;; esac
  regular_inside "$file" || continue
  if [[ "$file" == *$'\n'* ]]; then
    echo "::warning title=mgi-diff::$(escape_data "not checked for ids: a file name holds a line break ($file)")"
    continue
  fi
  previous=$(ls "$(dirname "$file")"/*.toml 2>/dev/null | sort -V | grep -B1 -x -F -- "$file" | head -n 1)
  [ -n "$previous" ] && [ "$previous" != "$file" ] || continue
  regular_inside "$previous" || continue
  if ! mgi-diff ids "$previous" "$file" >/dev/null 2>"$report.ids"; then
    if grep -q "not yet tied" "$report.ids"; then
      message="$(sed 's/^mgi-diff: //' "$report.ids" | head -n 1)"
      echo "::notice file=$(escape_property "$file"),title=mgi-diff::$(escape_data "$message")"
    fi
  fi
  rm -f "$report.ids"
done < <(git diff --name-only -z --end-of-options "$since" -- "${paths[@]}")

exit "$status"
