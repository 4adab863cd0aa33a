; NSIS macros (used by CPack's installer, see packaging/CMakeLists.txt) that offer MarketDesk for saved pages.
; Windows lets no installer choose the user's default app, so this registers a ProgID and lists it under
; OpenWithProgids: MarketDesk appears in "Open with" for .mhtml/.mht/.html/.htm/.txt, and Windows asks the
; user the next time such a file is opened. Only where no program at all is registered for .mhtml/.mht does
; MarketDesk become their handler. SHCTX is HKLM for an all-users install, HKCU for a per-user one.
!ifndef MARKETDESK_FILE_ASSOCIATIONS_NSH
!define MARKETDESK_FILE_ASSOCIATIONS_NSH

!define MARKETDESK_PROGID "MarketDesk.Snapshot"
!define MARKETDESK_EXE "$INSTDIR\bin\marketdesk.exe"

!macro MarketDeskOfferFor extension
  WriteRegStr SHCTX "Software\Classes\${extension}\OpenWithProgids" "${MARKETDESK_PROGID}" ""
  WriteRegStr SHCTX "Software\Classes\Applications\marketdesk.exe\SupportedTypes" "${extension}" ""
!macroend

!macro MarketDeskClaimIfUnclaimed extension
  Push $0
  ReadRegStr $0 HKCR "${extension}" ""
  StrCmp $0 "" 0 +2
    WriteRegStr SHCTX "Software\Classes\${extension}" "" "${MARKETDESK_PROGID}"
  Pop $0
!macroend

!macro MarketDeskWithdrawFrom extension
  Push $0
  DeleteRegValue SHCTX "Software\Classes\${extension}\OpenWithProgids" "${MARKETDESK_PROGID}"
  ReadRegStr $0 SHCTX "Software\Classes\${extension}" ""
  StrCmp $0 "${MARKETDESK_PROGID}" 0 +2
    DeleteRegValue SHCTX "Software\Classes\${extension}" ""
  Pop $0
!macroend

!macro MarketDeskRegisterFileTypes
  WriteRegStr SHCTX "Software\Classes\${MARKETDESK_PROGID}" "" "Saved web page (MarketDesk)"
  WriteRegStr SHCTX "Software\Classes\${MARKETDESK_PROGID}\DefaultIcon" "" "${MARKETDESK_EXE},0"
  WriteRegStr SHCTX "Software\Classes\${MARKETDESK_PROGID}\shell\open\command" "" '"${MARKETDESK_EXE}" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\marketdesk.exe" "FriendlyAppName" "MarketDesk"
  WriteRegStr SHCTX "Software\Classes\Applications\marketdesk.exe\shell\open\command" "" '"${MARKETDESK_EXE}" "%1"'
  !insertmacro MarketDeskOfferFor ".mhtml"
  !insertmacro MarketDeskOfferFor ".mht"
  !insertmacro MarketDeskOfferFor ".html"
  !insertmacro MarketDeskOfferFor ".htm"
  !insertmacro MarketDeskOfferFor ".txt"
  !insertmacro MarketDeskClaimIfUnclaimed ".mhtml"
  !insertmacro MarketDeskClaimIfUnclaimed ".mht"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!macro MarketDeskUnregisterFileTypes
  !insertmacro MarketDeskWithdrawFrom ".mhtml"
  !insertmacro MarketDeskWithdrawFrom ".mht"
  !insertmacro MarketDeskWithdrawFrom ".html"
  !insertmacro MarketDeskWithdrawFrom ".htm"
  !insertmacro MarketDeskWithdrawFrom ".txt"
  DeleteRegKey SHCTX "Software\Classes\Applications\marketdesk.exe"
  DeleteRegKey SHCTX "Software\Classes\${MARKETDESK_PROGID}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
!macroend

!endif
