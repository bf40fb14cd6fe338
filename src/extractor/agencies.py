"""News and picture agencies, one table for every stage that meets them: a picture's credit
(images/captions.py) and a byline (metadata/authors.py), where an agency is not a person."""

from __future__ import annotations

# Wire services, picture agencies, stock libraries and picture desks, as pages write them; written
# the same in every language.
AGENCY_NAMES = (
    "Getty Images", "Getty", "GETTY IMAGES", "iStock", "iStockphoto", "Shutterstock", "Shutterstock/Rex",
    "Alamy", "AP Photo", "AP", "Associated Press", "Reuters", "REUTERS", "AFP", "EPA", "EPA-EFE", "EFE",
    "PA", "PA Images", "PA Wire", "Bloomberg", "Unsplash", "Pixabay", "Thinkstock", "Corbis", "Redux",
    "NurPhoto", "Anadolu", "Anadolu Agency", "AA", "Xinhua", "XINHUA", "TASS", "ТАСС", "Sputnik", "SPUTNIK",
    "РИА Новости", "RIA Novosti", "ANSA", "dpa", "DPA", "picture alliance", "picture-alliance", "APA",
    "KEYSTONE", "Keystone", "SIPA", "Sipa USA", "Imago", "IMAGO", "imago", "ZUMA", "ZUMA Press", "Kyodo",
    "Yonhap", "연합뉴스", "共同通信", "新华社", "UPI", "Pool", "Wikimedia Commons", "NASA", "Dreamstime",
    "123RF", "Depositphotos", "Freepik", "SOPA Images", "LightRocket", "WireImage", "Splash News",
    "Rex Features", "KCNA", "AAP",
)
