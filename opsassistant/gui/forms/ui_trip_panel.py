# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'trip_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSizePolicy,
    QSpacerItem, QSplitter, QTreeWidget, QVBoxLayout, QWidget)

class Ui_TripPanel(object):
    def setupUi(self, TripPanel):
        if not TripPanel.objectName():
            TripPanel.setObjectName(u"TripPanel")
        TripPanel.resize(1000, 640)
        self.panelLayout = QHBoxLayout(TripPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.splitter = QSplitter(TripPanel)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setOrientation(Qt.Orientation.Horizontal)
        self.listSide = QWidget(self.splitter)
        self.listSide.setObjectName(u"listSide")
        self.listLayout = QVBoxLayout(self.listSide)
        self.listLayout.setObjectName(u"listLayout")
        self.listLayout.setContentsMargins(0, 0, 0, 0)
        self.searchLayout = QHBoxLayout()
        self.searchLayout.setObjectName(u"searchLayout")
        self.searchLabel = QLabel(self.listSide)
        self.searchLabel.setObjectName(u"searchLabel")

        self.searchLayout.addWidget(self.searchLabel)

        self.searchEdit = QLineEdit(self.listSide)
        self.searchEdit.setObjectName(u"searchEdit")
        self.searchEdit.setClearButtonEnabled(True)

        self.searchLayout.addWidget(self.searchEdit)


        self.listLayout.addLayout(self.searchLayout)

        self.pastCheck = QCheckBox(self.listSide)
        self.pastCheck.setObjectName(u"pastCheck")

        self.listLayout.addWidget(self.pastCheck)

        self.tripList = QTreeWidget(self.listSide)
        self.tripList.setObjectName(u"tripList")
        self.tripList.setRootIsDecorated(False)
        self.tripList.setUniformRowHeights(True)

        self.listLayout.addWidget(self.tripList)

        self.tripButtons = QHBoxLayout()
        self.tripButtons.setObjectName(u"tripButtons")
        self.newTripButton = QPushButton(self.listSide)
        self.newTripButton.setObjectName(u"newTripButton")

        self.tripButtons.addWidget(self.newTripButton)

        self.editTripButton = QPushButton(self.listSide)
        self.editTripButton.setObjectName(u"editTripButton")

        self.tripButtons.addWidget(self.editTripButton)

        self.emergencyButton = QPushButton(self.listSide)
        self.emergencyButton.setObjectName(u"emergencyButton")

        self.tripButtons.addWidget(self.emergencyButton)


        self.listLayout.addLayout(self.tripButtons)

        self.splitter.addWidget(self.listSide)
        self.timelineSide = QWidget(self.splitter)
        self.timelineSide.setObjectName(u"timelineSide")
        self.timelineLayout = QVBoxLayout(self.timelineSide)
        self.timelineLayout.setObjectName(u"timelineLayout")
        self.timelineLayout.setContentsMargins(0, 0, 0, 0)
        self.titleLayout = QHBoxLayout()
        self.titleLayout.setObjectName(u"titleLayout")
        self.tripTitle = QLabel(self.timelineSide)
        self.tripTitle.setObjectName(u"tripTitle")
        self.tripTitle.setText(u"")
        self.tripTitle.setTextFormat(Qt.TextFormat.PlainText)
        self.tripTitle.setStyleSheet(u"font-weight: bold; font-size: 13pt;")
        self.tripTitle.setWordWrap(True)

        self.titleLayout.addWidget(self.tripTitle)

        self.icsButton = QPushButton(self.timelineSide)
        self.icsButton.setObjectName(u"icsButton")

        self.titleLayout.addWidget(self.icsButton, 0, Qt.AlignTop)

        self.itineraryButton = QPushButton(self.timelineSide)
        self.itineraryButton.setObjectName(u"itineraryButton")

        self.titleLayout.addWidget(self.itineraryButton, 0, Qt.AlignTop)

        self.titleLayout.setStretch(0, 1)

        self.timelineLayout.addLayout(self.titleLayout)

        self.tripInfo = QLabel(self.timelineSide)
        self.tripInfo.setObjectName(u"tripInfo")
        self.tripInfo.setText(u"")
        self.tripInfo.setTextFormat(Qt.TextFormat.PlainText)
        self.tripInfo.setWordWrap(True)
        self.tripInfo.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.timelineLayout.addWidget(self.tripInfo)

        self.warningLabel = QLabel(self.timelineSide)
        self.warningLabel.setObjectName(u"warningLabel")
        self.warningLabel.setText(u"")
        self.warningLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.warningLabel.setWordWrap(True)
        self.warningLabel.setStyleSheet(u"color: #b9770e;")

        self.timelineLayout.addWidget(self.warningLabel)

        self.timeline = QTreeWidget(self.timelineSide)
        self.timeline.setObjectName(u"timeline")
        self.timeline.setAlternatingRowColors(True)

        self.timelineLayout.addWidget(self.timeline)

        self.segmentButtons = QHBoxLayout()
        self.segmentButtons.setObjectName(u"segmentButtons")
        self.addSegmentButton = QPushButton(self.timelineSide)
        self.addSegmentButton.setObjectName(u"addSegmentButton")

        self.segmentButtons.addWidget(self.addSegmentButton)

        self.editSegmentButton = QPushButton(self.timelineSide)
        self.editSegmentButton.setObjectName(u"editSegmentButton")

        self.segmentButtons.addWidget(self.editSegmentButton)

        self.deleteSegmentButton = QPushButton(self.timelineSide)
        self.deleteSegmentButton.setObjectName(u"deleteSegmentButton")

        self.segmentButtons.addWidget(self.deleteSegmentButton)

        self.buttonSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.segmentButtons.addItem(self.buttonSpacer)


        self.timelineLayout.addLayout(self.segmentButtons)

        self.splitter.addWidget(self.timelineSide)

        self.panelLayout.addWidget(self.splitter)

#if QT_CONFIG(shortcut)
        self.searchLabel.setBuddy(self.searchEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.searchEdit, self.pastCheck)
        QWidget.setTabOrder(self.pastCheck, self.tripList)
        QWidget.setTabOrder(self.tripList, self.newTripButton)
        QWidget.setTabOrder(self.newTripButton, self.editTripButton)
        QWidget.setTabOrder(self.editTripButton, self.emergencyButton)
        QWidget.setTabOrder(self.emergencyButton, self.timeline)
        QWidget.setTabOrder(self.timeline, self.addSegmentButton)
        QWidget.setTabOrder(self.addSegmentButton, self.editSegmentButton)
        QWidget.setTabOrder(self.editSegmentButton, self.deleteSegmentButton)
        QWidget.setTabOrder(self.deleteSegmentButton, self.icsButton)
        QWidget.setTabOrder(self.icsButton, self.itineraryButton)

        self.retranslateUi(TripPanel)

        QMetaObject.connectSlotsByName(TripPanel)
    # setupUi

    def retranslateUi(self, TripPanel):
        self.searchLabel.setText(QCoreApplication.translate("TripPanel", u"&Search:", None))
#if QT_CONFIG(accessibility)
        self.searchEdit.setAccessibleName(QCoreApplication.translate("TripPanel", u"Search trips", None))
#endif // QT_CONFIG(accessibility)
        self.searchEdit.setPlaceholderText(QCoreApplication.translate("TripPanel", u"Title, destination or traveller", None))
        self.pastCheck.setText(QCoreApplication.translate("TripPanel", u"Show &past trips", None))
        ___qtreewidgetitem = self.tripList.headerItem()
        ___qtreewidgetitem.setText(2, QCoreApplication.translate("TripPanel", u"Travellers", None))
        ___qtreewidgetitem.setText(1, QCoreApplication.translate("TripPanel", u"Dates", None))
        ___qtreewidgetitem.setText(0, QCoreApplication.translate("TripPanel", u"Trip", None))
#if QT_CONFIG(accessibility)
        self.tripList.setAccessibleName(QCoreApplication.translate("TripPanel", u"Trips", None))
#endif // QT_CONFIG(accessibility)
        self.newTripButton.setText(QCoreApplication.translate("TripPanel", u"&New trip\u2026", None))
        self.editTripButton.setText(QCoreApplication.translate("TripPanel", u"&Edit trip\u2026", None))
        self.emergencyButton.setText(QCoreApplication.translate("TripPanel", u"E&mergency contacts\u2026", None))
        self.icsButton.setText(QCoreApplication.translate("TripPanel", u"Export to &phone (.ics)\u2026", None))
        self.itineraryButton.setText(QCoreApplication.translate("TripPanel", u"&Itinerary PDF\u2026", None))
        ___qtreewidgetitem1 = self.timeline.headerItem()
        ___qtreewidgetitem1.setText(3, QCoreApplication.translate("TripPanel", u"Home time", None))
        ___qtreewidgetitem1.setText(2, QCoreApplication.translate("TripPanel", u"Duration", None))
        ___qtreewidgetitem1.setText(1, QCoreApplication.translate("TripPanel", u"What", None))
        ___qtreewidgetitem1.setText(0, QCoreApplication.translate("TripPanel", u"Local time", None))
#if QT_CONFIG(accessibility)
        self.timeline.setAccessibleName(QCoreApplication.translate("TripPanel", u"Timeline of the trip", None))
#endif // QT_CONFIG(accessibility)
        self.addSegmentButton.setText(QCoreApplication.translate("TripPanel", u"&Add segment\u2026", None))
        self.editSegmentButton.setText(QCoreApplication.translate("TripPanel", u"Edi&t segment\u2026", None))
        self.deleteSegmentButton.setText(QCoreApplication.translate("TripPanel", u"&Delete segment", None))
        pass
    # retranslateUi

