#!/bin/sh
# Runs a team-sync test against a throwaway PostgreSQL cluster made by pg_virtualenv
# (postgresql-common), removed when the test ends. Listing the tests needs no server.
case " $* " in
*" --list-"*) exec "$@" ;;
esac
if [ "${FRONTDESK_TEST_PG_READY:-}" = 1 ]; then
    exec "$@"
fi
if ! command -v pg_virtualenv >/dev/null 2>&1; then
    echo "pg_virtualenv not found: install postgresql and postgresql-common" >&2
    exit 1
fi
exec pg_virtualenv -o "max_connections=60" env FRONTDESK_TEST_PG_READY=1 "$@"
