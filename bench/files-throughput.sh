#!/usr/bin/env bash
# Upload and download throughput of files-service side by side with direct S3: the same file, the same machine,
# the dev stack's s3proxy behind both. Run against a running dev stack (./routecard up):
#
#   bench/files-throughput.sh [size-in-MB, default 64; the dev limit is 100 MB] [rounds, default 3]
#
# Per round: a direct S3 PUT of the file and a files-service upload of it (multipart parse, SHA-256, S3 multipart
# upload in 8 MiB parts, copy to the revision's key); a direct S3 GET of the object and a download through the
# presigned URL files-service hands out (after its authorization check and audit). Prints each time and the
# medians with their ratio. Needs curl (7.75 or newer, for --aws-sigv4).
set -euo pipefail

size_mb=${1:-64}
rounds=${2:-3}
keycloak=${KEYCLOAK_URL:-http://localhost:15080}
s3=${S3_URL:-http://127.0.0.1:15033}
files=${FILES_URL:-http://localhost:8084}
bucket=routecard
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%%PDF-1.4\n' > "$work/file.pdf"
head -c $((size_mb * 1024 * 1024)) /dev/urandom >> "$work/file.pdf"
bytes=$(stat -c %s "$work/file.pdf")
sha=$(sha256sum "$work/file.pdf" | cut -d' ' -f1)

token() {
  curl -sf -d grant_type=password -d client_id=routecard-dev -d username=alex@acme.example -d password=routecard \
    --data-urlencode 'scope=openid organization' "$keycloak/realms/routecard/protocol/openid-connect/token" |
    grep -o '"access_token":"[^"]*"' | cut -d'"' -f4
}

s3curl() {
  curl -sf --aws-sigv4 "aws:amz:us-east-1:s3" --user routecard-dev:routecard-dev-secret \
    -H 'x-amz-content-sha256: UNSIGNED-PAYLOAD' "$@"
}

mbps() { awk -v b="$bytes" -v t="$1" 'BEGIN { printf "%.1f", b / 1048576 / t }'; }

direct_up=(); service_up=(); direct_down=(); presigned_down=()
for round in $(seq 1 "$rounds"); do
  key="bench/throughput-$round-$$"
  t=$(s3curl -o /dev/null -w '%{time_total}' -T "$work/file.pdf" "$s3/$bucket/$key")
  direct_up+=("$t")

  bearer=$(token)
  answer=$(curl -sf -D "$work/headers" -w '\n%{time_total}' -H "Authorization: Bearer $bearer" \
    -F "file=@$work/file.pdf" \
    "$files/api/files?purpose=DRAWING&name=throughput-bench-$round")
  t=$(echo "$answer" | tail -1)
  service_up+=("$t")
  reported=$(echo "$answer" | head -1 | grep -o '"sha256":"[^"]*"' | cut -d'"' -f4)
  [ "$reported" = "$sha" ] || { echo "files-service reported SHA-256 $reported, the file's is $sha" >&2; exit 1; }
  file_id=$(grep -i '^location:' "$work/headers" | grep -o '[0-9a-f-]\{36\}' | head -1)

  t=$(s3curl -o "$work/direct.bin" -w '%{time_total}' "$s3/$bucket/$key")
  direct_down+=("$t")
  url=$(curl -sf -X POST -H "Authorization: Bearer $bearer" "$files/api/files/$file_id/revisions/1/download" |
    grep -o '"url":"[^"]*"' | cut -d'"' -f4)
  t=$(curl -sf -o "$work/presigned.bin" -w '%{time_total}' "$url")
  presigned_down+=("$t")
  for copy in direct presigned; do
    [ "$(sha256sum "$work/$copy.bin" | cut -d' ' -f1)" = "$sha" ] || { echo "$copy download differs" >&2; exit 1; }
  done
  s3curl -X DELETE -o /dev/null "$s3/$bucket/$key"
  curl -sf -X POST -o /dev/null -H "Authorization: Bearer $bearer" "$files/api/files/$file_id/archive"
  echo "round $round: upload direct ${direct_up[-1]} s, files-service ${service_up[-1]} s;" \
    "download direct ${direct_down[-1]} s, presigned ${presigned_down[-1]} s"
done

median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
du=$(median "${direct_up[@]}"); su=$(median "${service_up[@]}")
dd=$(median "${direct_down[@]}"); pd=$(median "${presigned_down[@]}")
echo "file: $bytes bytes ($size_mb MB of random bytes behind a PDF header), $rounds rounds, medians:"
echo "upload:   direct S3 $du s ($(mbps "$du") MB/s), files-service $su s ($(mbps "$su") MB/s)," \
  "ratio $(awk -v a="$su" -v b="$du" 'BEGIN { printf "%.2f", a / b }')"
echo "download: direct S3 $dd s ($(mbps "$dd") MB/s), presigned $pd s ($(mbps "$pd") MB/s)," \
  "ratio $(awk -v a="$pd" -v b="$dd" 'BEGIN { printf "%.2f", a / b }')"
echo "every download byte-identical (SHA-256 $sha)"
