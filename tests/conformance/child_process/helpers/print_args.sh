echo "sh ran with: $*"
