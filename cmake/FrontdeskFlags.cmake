# The flags every Frontdesk target shares. Targets link `frontdesk_flags` instead of repeating them.

option(FRONTDESK_WERROR "Treat compiler warnings as errors (on in CI)" OFF)
option(FRONTDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

if(DEFINED ENV{CI} AND NOT "$ENV{CI}" STREQUAL "" AND NOT "$ENV{CI}" STREQUAL "false")
    set(FRONTDESK_WERROR ON CACHE BOOL "" FORCE)
endif()

add_library(frontdesk_flags INTERFACE)
target_compile_features(frontdesk_flags INTERFACE cxx_std_20)
target_compile_definitions(frontdesk_flags INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
)
target_compile_options(frontdesk_flags INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${FRONTDESK_WERROR}>:-Werror>
)
if(FRONTDESK_SANITIZE)
    target_compile_options(frontdesk_flags INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(frontdesk_flags INTERFACE -fsanitize=address,undefined)
endif()
