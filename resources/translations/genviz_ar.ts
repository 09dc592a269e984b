<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar_EG">
<context>
    <name></name>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>A generator turns noise into an image in one pass, taught by a discriminator.</source>
        <translation>يحوّل المولّد الضوضاء إلى صورة في تمريرة واحدة، ويتعلّم من المميّز.</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>A decoder turns a code drawn from N(0, I) into an image in one pass.</source>
        <translation>يحوّل فاكّ التشفير شفرةً مسحوبة من N(0, I) إلى صورة في تمريرة واحدة.</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>الانتشار</translation>
    </message>
    <message>
        <source>A denoiser takes noise and removes a little of it at each step.</source>
        <translation>يأخذ مزيل الضوضاء ضوضاءً ويزيل منها قليلًا في كل خطوة.</translation>
    </message>
    <message>
        <source>Diffusion&apos;s grid and How one is made take {grid} DDIM steps, so that they can be made again while it trains; the results table judges samples made over {judged} DDPM steps, a little clearer.</source>
        <translation>تستغرق شبكة الانتشار و«كيف تُصنع واحدة» {grid} خطوات DDIM، حتى يمكن إعادة صنعهما أثناء التدريب؛ ويقيّم جدول النتائج عينات مصنوعة عبر {judged} خطوة DDPM، أوضح قليلًا.</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>البكسلات</translation>
    </message>
    <message>
        <source>A transformer writes the image one pixel at a time, each from the ones before it.</source>
        <translation>يكتب المحوّل الصورة بكسلًا بكسلًا، وكلٌّ منها بناءً على ما سبقه.</translation>
    </message>
    <message>
        <source>There is no family called &apos;{name}&apos;: choose from {choices}.</source>
        <translation>لا توجد عائلة باسم «{name}»: اختر من {choices}.</translation>
    </message>
    <message>
        <source>List the families separated by commas, e.g. gan,vae,diffusion, not &apos;{text}&apos;.</source>
        <translation>افصل بين العائلات بفواصل، مثل gan,vae,diffusion، لا «{text}».</translation>
    </message>
    <message>
        <source>Each family may be listed once, not &apos;{text}&apos;.</source>
        <translation>يمكن ذكر كل عائلة مرة واحدة فقط، لا «{text}».</translation>
    </message>
    <message>
        <source>Pick at least one family to compare.</source>
        <translation>اختر عائلة واحدة على الأقل للمقارنة.</translation>
    </message>
    <message>
        <source>The {family} family is not part of this genviz yet.</source>
        <translation>عائلة {family} ليست جزءًا من genviz هذا بعد.</translation>
    </message>
    <message>
        <source>The {family} family draws images pixel by pixel, so it cannot learn the 2-D set {data}: pick an image set, or leave {name} out.</source>
        <translation>ترسم عائلة {family} الصور بكسلًا بكسلًا، لذا لا تستطيع تعلّم مجموعة النقاط الثنائية الأبعاد {data}: اختر مجموعة صور، أو استبعد {name}.</translation>
    </message>
    <message>
        <source>No Python source could be read from the standard library on this computer.</source>
        <translation>تعذّرت قراءة أي شيفرة مصدرية بلغة Python من المكتبة القياسية على هذا الحاسوب.</translation>
    </message>
    <message>
        <source>The file {name} looks like a binary file, not text.</source>
        <translation>يبدو الملف {name} ملفًا ثنائيًا، لا نصًا.</translation>
    </message>
    <message>
        <source>The file {name} is not UTF-8 text.</source>
        <translation>الملف {name} ليس نصًا بترميز UTF-8.</translation>
    </message>
    <message>
        <source>The file {name} is empty.</source>
        <translation>الملف {name} فارغ.</translation>
    </message>
    <message>
        <source>Facts about countries and their capitals, in many phrasings (about 2 MB).</source>
        <translation>حقائق عن الدول وعواصمها، بصياغات كثيرة (نحو 2 ميغابايت).</translation>
    </message>
    <message>
        <source>The same facts, but only 40 KB of them: a model soon memorises so short a text, and its held-out loss rises (overfitting).</source>
        <translation>الحقائق نفسها، لكن 40 كيلوبايت منها فقط: يحفظ النموذج سريعًا نصًّا بهذا القِصَر، فترتفع خسارته على البيانات المحجوزة (فرط التخصيص).</translation>
    </message>
    <message>
        <source>Python source code from the standard library, for code generation (about 1 MB).</source>
        <translation>شيفرة Python المصدرية من المكتبة القياسية، لتوليد الشيفرات البرمجية (نحو 1 ميغابايت).</translation>
    </message>
    <message>
        <source>2-D: ring of 8 Gaussians</source>
        <translation>ثنائي الأبعاد: حلقة من 8 توزيعات غاوسية</translation>
    </message>
    <message>
        <source>Eight blobs on a circle: the classic test of whether a model finds every mode.</source>
        <translation>ثماني كتل على دائرة: الاختبار الكلاسيكي لمعرفة هل يجد النموذج كل الأنماط.</translation>
    </message>
    <message>
        <source>2-D: 5 × 5 grid of Gaussians</source>
        <translation>ثنائي الأبعاد: شبكة 5 × 5 من توزيعات غاوسية</translation>
    </message>
    <message>
        <source>25 blobs: harder to cover than the ring.</source>
        <translation>25 كتلة: تغطيتها أصعب من الحلقة.</translation>
    </message>
    <message>
        <source>2-D: two moons</source>
        <translation>ثنائي الأبعاد: هلالان</translation>
    </message>
    <message>
        <source>Two interleaved half circles.</source>
        <translation>نصفا دائرة متداخلان.</translation>
    </message>
    <message>
        <source>2-D: spiral</source>
        <translation>ثنائي الأبعاد: حلزون</translation>
    </message>
    <message>
        <source>One long curved arm: the model must bend its noise a lot.</source>
        <translation>ذراع طويلة منحنية: على النموذج أن يثني ضوضاءه كثيرًا.</translation>
    </message>
    <message>
        <source>2-D: line</source>
        <translation>ثنائي الأبعاد: خط</translation>
    </message>
    <message>
        <source>A thin diagonal segment: one dimension inside two.</source>
        <translation>قطعة مائلة رفيعة: بُعد واحد داخل بُعدين.</translation>
    </message>
    <message>
        <source>Digits (8 × 8, built in)</source>
        <translation>الأرقام (8 × 8، مدمجة)</translation>
    </message>
    <message>
        <source>The 1,797 small handwritten digits that ship with scikit-learn.</source>
        <translation>الأرقام الصغيرة المكتوبة بخط اليد وعددها 1,797، وتأتي مع scikit-learn.</translation>
    </message>
    <message>
        <source>MNIST digits (28 × 28)</source>
        <translation>أرقام MNIST (28 × 28)</translation>
    </message>
    <message>
        <source>70,000 handwritten digits. Needs the MNIST files: genviz data mnist --download fetches them once.</source>
        <translation>70,000 رقم مكتوب بخط اليد. تحتاج إلى ملفات MNIST: الأمر genviz data mnist --download ينزّلها مرة واحدة.</translation>
    </message>
    <message>
        <source>Fashion-MNIST (28 × 28)</source>
        <translation>Fashion-MNIST (28 × 28)</translation>
    </message>
    <message>
        <source>Clothes and shoes in 10 classes. Needs the files: genviz data fashion --download fetches them once.</source>
        <translation>ملابس وأحذية في 10 فئات. تحتاج إلى الملفات: الأمر genviz data fashion --download ينزّلها مرة واحدة.</translation>
    </message>
    <message>
        <source>mode {number}</source>
        <translation>النمط {number}</translation>
    </message>
    <message>
        <source>upper moon</source>
        <translation>الهلال العلوي</translation>
    </message>
    <message>
        <source>lower moon</source>
        <translation>الهلال السفلي</translation>
    </message>
    <message>
        <source>{name} has {count} images; ask for at most {count}.</source>
        <translation>في {name} عدد {count} من الصور؛ اطلب {count} على الأكثر.</translation>
    </message>
    <message>
        <source>1 unreadable file was skipped.</source>
        <translation>تم تخطي ملف واحد غير قابل للقراءة.</translation>
    </message>
    <message>
        <source>{count} unreadable files were skipped.</source>
        <translation>تم تخطي ملفات غير قابلة للقراءة: {count}.</translation>
    </message>
    <message>
        <source>1 image over {megapixels:g} megapixels was skipped.</source>
        <translation>تم تخطي صورة واحدة تتجاوز {megapixels:g} ميغابكسل.</translation>
    </message>
    <message>
        <source>{count} images over {megapixels:g} megapixels were skipped.</source>
        <translation>تم تخطي صور تتجاوز {megapixels:g} ميغابكسل: {count}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is neither a built-in data set ({choices}) nor a folder of images.</source>
        <translation>«{name}» ليست مجموعة بيانات مدمجة ({choices}) ولا مجلد صور.</translation>
    </message>
    <message>
        <source>Drawn points must be pairs (x, y); got an array of shape {shape}.</source>
        <translation>يجب أن تكون النقاط المرسومة أزواجًا (x, y)؛ لكن المصفوفة المستلمة شكلها {shape}.</translation>
    </message>
    <message>
        <source>Draw at least {count} points first.</source>
        <translation>ارسم {count} نقطة على الأقل أولًا.</translation>
    </message>
    <message>
        <source>Some drawn points are not finite numbers.</source>
        <translation>بعض النقاط المرسومة ليست أعدادًا منتهية.</translation>
    </message>
    <message>
        <source>T-shirt/top</source>
        <translation>تي شيرت/بلوزة</translation>
    </message>
    <message>
        <source>Trouser</source>
        <translation>بنطال</translation>
    </message>
    <message>
        <source>Pullover</source>
        <translation>كنزة</translation>
    </message>
    <message>
        <source>Dress</source>
        <translation>فستان</translation>
    </message>
    <message>
        <source>Coat</source>
        <translation>معطف</translation>
    </message>
    <message>
        <source>Sandal</source>
        <translation>صندل</translation>
    </message>
    <message>
        <source>Shirt</source>
        <translation>قميص</translation>
    </message>
    <message>
        <source>Sneaker</source>
        <translation>حذاء رياضي</translation>
    </message>
    <message>
        <source>Bag</source>
        <translation>حقيبة</translation>
    </message>
    <message>
        <source>Ankle boot</source>
        <translation>حذاء بوت</translation>
    </message>
    <message>
        <source>{name} is a damaged or truncated gzip file.</source>
        <translation>{name} ملف gzip تالف أو مبتور.</translation>
    </message>
    <message>
        <source>{name} unzips to more than {megabytes} MB: it is not an MNIST-style file.</source>
        <translation>يتجاوز {name} بعد فك ضغطه {megabytes} ميغابايت: ليس ملفًا بصيغة MNIST.</translation>
    </message>
    <message>
        <source>{name} is not an IDX file: it does not start with an IDX header.</source>
        <translation>{name} ليس ملف IDX: لا يبدأ بترويسة IDX.</translation>
    </message>
    <message>
        <source>{name} is truncated: it ends inside its IDX header.</source>
        <translation>{name} مبتور: ينتهي داخل ترويسة IDX.</translation>
    </message>
    <message>
        <source>{name} is truncated: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} مبتور: تَعِد ترويسته بـ {expected} بايت من القيم، وفيه {held}.</translation>
    </message>
    <message>
        <source>{name} is longer than its header says: its header promises {expected} bytes of values, it holds {held}.</source>
        <translation>{name} أطول مما تقوله ترويسته: تَعِد الترويسة بـ {expected} بايت من القيم، وفيه {held}.</translation>
    </message>
    <message>
        <source>{title} is not in {folder}: choose the folder holding train-images-idx3-ubyte.gz and train-labels-idx1-ubyte.gz, or download it with: genviz data {kind} --download.</source>
        <translation>{title} غير موجودة في {folder}: اختر المجلد الذي يحوي train-images-idx3-ubyte.gz وtrain-labels-idx1-ubyte.gz، أو نزّلها بالأمر: genviz data {kind} --download.</translation>
    </message>
    <message>
        <source>{name} does not hold 8-bit images (its shape is {shape}).</source>
        <translation>لا يحوي {name} صورًا بعمق 8 بت (شكله {shape}).</translation>
    </message>
    <message>
        <source>{name} holds {labels} labels for {images} images.</source>
        <translation>يحوي {name} عدد {labels} من التسميات لعدد {images} من الصور.</translation>
    </message>
    <message>
        <source>Could not download {name}: {failures}.</source>
        <translation>تعذّر تنزيل {name}: {failures}.</translation>
    </message>
    <message>
        <source>The download of {name} does not match its SHA-256 checksum, so it was deleted; try again later.</source>
        <translation>تنزيل {name} لا يطابق مجموع التحقق SHA-256 الخاص به، لذا حُذف؛ حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>There is no download for &apos;{kind}&apos;; choose one of: {choices}.</source>
        <translation>لا يوجد تنزيل لـ «{kind}»؛ اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Cannot create the cache folder {folder}: {reason}.</source>
        <translation>لا يمكن إنشاء مجلد التخزين المؤقت {folder}: {reason}.</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>الجدولة</translation>
    </message>
    <message>
        <source>The noise schedule: how fast the data fades into noise as t grows. Linear (Ho et al. 2020) destroys most of the signal early; cosine (Nichol &amp; Dhariwal 2021) fades it more evenly, so more steps carry useful information.</source>
        <translation>جدول الضوضاء: مدى سرعة تلاشي البيانات في الضوضاء مع ازدياد t. الجدول الخطّي (Ho et al. 2020) يدمّر معظم الإشارة مبكرًا؛ وجدول جيب التمام (Nichol &amp; Dhariwal 2021) يُخفيها بانتظام أكبر، فتحمل خطوات أكثر معلومات مفيدة.</translation>
    </message>
    <message>
        <source>cosine</source>
        <translation>جيب التمام</translation>
    </message>
    <message>
        <source>linear</source>
        <translation>خطّي</translation>
    </message>
    <message>
        <source>Steps T</source>
        <translation>الخطوات T</translation>
    </message>
    <message>
        <source>T, the number of noising steps. x_T is practically pure noise. DDPM sampling takes all T steps back; DDIM can skip.</source>
        <translation>T، عدد خطوات إضافة الضوضاء. x_T ضوضاء خالصة عمليًا. أخذ العيّنات بطريقة DDPM يعود عبر جميع الخطوات T؛ أما DDIM فيمكنه التخطي.</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>العرض</translation>
    </message>
    <message>
        <source>Network width: hidden units of the 2-D MLP, or channels of the U-Net&apos;s first level. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>عرض الشبكة: الوحدات المخفية في MLP للبيانات ثنائية الأبعاد، أو قنوات المستوى الأول في U-Net. يختار «تلقائي» {points} للبيانات ثنائية الأبعاد و{images} للصور.</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>العمق</translation>
    </message>
    <message>
        <source>Network depth: hidden layers of the MLP, or how many times the U-Net halves the image. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>عمق الشبكة: الطبقات المخفية في MLP، أو عدد مرات تنصيف U-Net للصورة. يختار «تلقائي» {points} للبيانات ثنائية الأبعاد و{images} للصور.</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Examples per training step, each noised to its own random t. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>الأمثلة في كل خطوة تدريب، ولكلٍّ منها ضوضاء بقيمة t عشوائية خاصة به. يختار «تلقائي» {points} للبيانات ثنائية الأبعاد و{images} للصور.</translation>
    </message>
    <message>
        <source> &apos;auto&apos; picks a larger rate for 2-D data than for images.</source>
        <translation> يختار «تلقائي» معدلًا أكبر للبيانات ثنائية الأبعاد منه للصور.</translation>
    </message>
    <message>
        <source>EMA decay</source>
        <translation>اضمحلال EMA</translation>
    </message>
    <message>
        <source>Samples come from a moving average of the weights (EMA): after each step it moves this little towards the new weights (1 - decay). It smooths out the jitter of single steps.</source>
        <translation>تأتي العيّنات من متوسط متحرك للأوزان (EMA): بعد كل خطوة يتحرك نحو الأوزان الجديدة بهذا القدر الضئيل (1 - الاضمحلال). فيُنعّم تذبذب الخطوات المفردة.</translation>
    </message>
    <message>
        <source>Min-SNR weight</source>
        <translation>وزن Min-SNR</translation>
    </message>
    <message>
        <source>Min-SNR loss weighting (Hang et al. 2023). At low noise the noise is hard to tell from detail in the data and its large, jumpy errors steer training; each timestep&apos;s loss is scaled by min(SNR, gamma) / SNR, where SNR = signal² / noise² and gamma is this value. 0 is the plain loss of Ho et al. 2020. It helps images, but 2-D mixtures learn their sharp modes at low noise. &apos;auto&apos; picks {points} for 2-D data and {images} for images.</source>
        <translation>ترجيح الخسارة Min-SNR (Hang et al. 2023). عند الضوضاء المنخفضة يصعب تمييز الضوضاء عن تفاصيل البيانات، وأخطاؤها الكبيرة المتقلّبة توجّه التدريب؛ لذا تُضرب خسارة كل خطوة زمنية في min(SNR, gamma) / SNR، حيث SNR = signal² / noise² وgamma هي هذه القيمة. القيمة 0 هي الخسارة العادية لدى Ho et al. 2020. يفيد ذلك الصور، لكن الخلائط ثنائية الأبعاد تتعلم أنماطها الحادة عند الضوضاء المنخفضة. يختار «تلقائي» {points} للبيانات ثنائية الأبعاد و{images} للصور.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and their noise</source>
        <translation>الأوزان الابتدائية والدفعات وضوضائها</translation>
    </message>
    <message>
        <source>Keep colours</source>
        <translation>الاحتفاظ بالألوان</translation>
    </message>
    <message>
        <source>Train a folder of images in colour (three channels) instead of grey.</source>
        <translation>درّب على مجلد صور بالألوان (ثلاث قنوات) بدلًا من الرمادي.</translation>
    </message>
    <message>
        <source>Noise size</source>
        <translation>حجم الضوضاء</translation>
    </message>
    <message>
        <source>Numbers in each noise vector z, the generator&apos;s only input. With 2 the lab can draw how G bends the noise plane (the warped grid).</source>
        <translation>عدد الأرقام في كل متجه ضوضاء z، وهو المُدخل الوحيد للمولّد. عند القيمة 2 يستطيع المختبر رسم كيف يثني G مستوى الضوضاء (الشبكة المشوّهة).</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>الطبقات</translation>
    </message>
    <message>
        <source>Hidden layers in each network. Deeper can draw sharper shapes but trains slower.</source>
        <translation>الطبقات المخفية في كل شبكة. الشبكة الأعمق ترسم أشكالًا أدق لكنها تتدرب أبطأ.</translation>
    </message>
    <message>
        <source>Units per hidden layer: the networks&apos; capacity.</source>
        <translation>الوحدات في كل طبقة مخفية: سعة الشبكتين.</translation>
    </message>
    <message>
        <source>G learning rate</source>
        <translation>معدل تعلم G</translation>
    </message>
    <message>
        <source>Generator learning rate: how far G moves each update. Too high and the fakes overshoot and swing about; too low and they crawl.</source>
        <translation>معدل تعلم المولّد: مقدار تحرك G في كل تحديث. إن كان مرتفعًا جدًا تتجاوز المزيّفات هدفها وتتأرجح؛ وإن كان منخفضًا جدًا تزحف ببطء.</translation>
    </message>
    <message>
        <source>D learning rate</source>
        <translation>معدل تعلم D</translation>
    </message>
    <message>
        <source>Discriminator learning rate. A D that learns much faster than G wins the game early and stops teaching G anything.</source>
        <translation>معدل تعلم المميّز. المميّز الذي يتعلم أسرع بكثير من G يفوز باللعبة مبكرًا ويكفّ عن تعليم G أي شيء.</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>المُحسِّن</translation>
    </message>
    <message>
        <source>How gradients become weight changes. Adam adapts the step size per weight and is the usual choice for GANs; plain SGD oscillates more.</source>
        <translation>كيف تتحول التدرجات إلى تغييرات في الأوزان. يكيّف Adam حجم الخطوة لكل وزن، وهو الخيار المعتاد لشبكات GAN؛ أما SGD العادي فيتذبذب أكثر.</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>SGD with momentum</source>
        <translation>SGD مع الزخم</translation>
    </message>
    <message>
        <source>D steps per G step</source>
        <translation>خطوات D لكل خطوة G</translation>
    </message>
    <message>
        <source>Discriminator updates before each generator update. More makes D stronger: a good critic helps G, a perfect one leaves G without a useful gradient.</source>
        <translation>تحديثات المميّز قبل كل تحديث للمولّد. زيادتها تجعل D أقوى: الناقد الجيد يساعد G، أما الناقد المثالي فيترك G بلا تدرج مفيد.</translation>
    </message>
    <message>
        <source>D dropout</source>
        <translation>إسقاط D</translation>
    </message>
    <message>
        <source>Share of D&apos;s units switched off at random in each update. On a small image set it stops D from memorising the real images, which would make G give up on whole classes.</source>
        <translation>نسبة وحدات D التي تُعطَّل عشوائيًا في كل تحديث. على مجموعة صور صغيرة يمنع ذلك D من حفظ الصور الحقيقية، وهو ما قد يدفع G إلى التخلي عن فئات كاملة.</translation>
    </message>
    <message>
        <source>Real and fake samples in each update.</source>
        <translation>العيّنات الحقيقية والمزيّفة في كل تحديث.</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>The game&apos;s rules. Minimax is the original formula, but its gradient vanishes when D is sure the fakes are fake; non-saturating fixes that; least squares keeps pulling fakes towards the data even when D is right.</source>
        <translation>قواعد اللعبة. «ميني ماكس» هي الصيغة الأصلية، لكن تدرجها يتلاشى حين يكون D متأكدًا أن المزيّفات مزيّفة؛ و«غير المشبعة» تعالج ذلك؛ و«المربعات الصغرى» تواصل سحب المزيّفات نحو البيانات حتى عندما يكون D محقًا.</translation>
    </message>
    <message>
        <source>non-saturating</source>
        <translation>غير مشبعة</translation>
    </message>
    <message>
        <source>G minimises −log D(G(z)): strong gradients even when D wins.</source>
        <translation>يصغّر G المقدار −log D(G(z)): تدرجات قوية حتى حين يفوز D.</translation>
    </message>
    <message>
        <source>minimax</source>
        <translation>ميني ماكس</translation>
    </message>
    <message>
        <source>G minimises log(1 − D(G(z))), the original game: flat when D is sure.</source>
        <translation>يصغّر G المقدار log(1 − D(G(z)))، وهي اللعبة الأصلية: مسطّحة حين يكون D متأكدًا.</translation>
    </message>
    <message>
        <source>least squares</source>
        <translation>المربعات الصغرى</translation>
    </message>
    <message>
        <source>D regresses real → 1, fake → 0; G pulls its fakes towards 1.</source>
        <translation>يتعلم D بالانحدار: الحقيقي → 1، المزيّف → 0؛ ويسحب G مزيّفاته نحو 1.</translation>
    </message>
    <message>
        <source>the starting weights, the noise and the batches</source>
        <translation>الأوزان الابتدائية والضوضاء والدفعات</translation>
    </message>
    <message>
        <source>Healthy run</source>
        <translation>تشغيل سليم</translation>
    </message>
    <message>
        <source>The tug of war stays balanced: D(real) and D(fake) hover around the middle while the fakes spread over every part of the data.</source>
        <translation>يبقى شدّ الحبل متوازنًا: تحوم D(حقيقي) وD(مزيّف) حول المنتصف بينما تنتشر المزيّفات على كل أجزاء البيانات.</translation>
    </message>
    <message>
        <source>Mode collapse</source>
        <translation>انهيار الأنماط</translation>
    </message>
    <message>
        <source>The generator learns far faster than the discriminator can follow: its fakes pile onto one or two modes and hop between them instead of covering all of them.</source>
        <translation>يتعلم المولّد أسرع بكثير مما يستطيع المميّز مجاراته: تتكدس مزيّفاته على نمط أو نمطين وتقفز بينهما بدلًا من تغطية الأنماط جميعها.</translation>
    </message>
    <message>
        <source>Discriminator wins too fast</source>
        <translation>المميّز يفوز بسرعة كبيرة</translation>
    </message>
    <message>
        <source>D trains five times per G step with a higher learning rate, and the minimax loss gives G almost no gradient once D is sure: D(real) stays near 0.9 and D(fake) near 0.1, G&apos;s loss lies flat just below 0, and the fakes creep instead of spreading over the modes.</source>
        <translation>يتدرب D خمس مرات لكل خطوة G بمعدل تعلم أعلى، وخسارة «ميني ماكس» لا تكاد تعطي G أي تدرج حين يتيقن D: تبقى D(حقيقي) قرب 0.9 وD(مزيّف) قرب 0.1، وتستقر خسارة G مسطّحة تحت 0 بقليل، وتزحف المزيّفات بدلًا من الانتشار على الأنماط.</translation>
    </message>
    <message>
        <source>Learning rate too high</source>
        <translation>معدل التعلم مرتفع جدًا</translation>
    </message>
    <message>
        <source>Every update overshoots: the losses jump about, the heat map flickers and the fakes swing across the plane without settling.</source>
        <translation>كل تحديث يتجاوز الهدف: تقفز الخسائر، وتومض الخريطة الحرارية، وتتأرجح المزيّفات عبر المستوى دون أن تستقر.</translation>
    </message>
    <message>
        <source>There is no preset &apos;{name}&apos;; choose one of: {choices}.</source>
        <translation>لا يوجد إعداد مسبق باسم «{name}»؛ اختر واحدًا من: {choices}.</translation>
    </message>
    <message>
        <source>Modes covered (of {modes})</source>
        <translation>الأنماط المغطّاة (من {modes})</translation>
    </message>
    <message>
        <source>D(real) - D(fake)</source>
        <translation>D(حقيقي) - D(مزيّف)</translation>
    </message>
    <message>
        <source>Unstable: the losses jump about instead of settling, as when the learning rates are too high.</source>
        <translation>غير مستقر: تقفز الخسائر بدلًا من أن تستقر، كما يحدث حين تكون معدلات التعلم مرتفعة جدًا.</translation>
    </message>
    <message>
        <source>The discriminator has won: its verdicts on real and fake are {gap:.2f} apart and G&apos;s loss has stopped moving, so G learns almost nothing.</source>
        <translation>فاز المميّز: الفرق بين حكمَيه على الحقيقي والمزيّف {gap:.2f}، وتوقفت خسارة G عن التحرك، فلا يكاد G يتعلم شيئًا.</translation>
    </message>
    <message>
        <source>Mode collapse: the generator covers only {covered} of the {modes} modes and ignores the rest.</source>
        <translation>انهيار الأنماط: لا يغطي المولّد إلا {covered} من أصل {modes} من الأنماط ويتجاهل البقية.</translation>
    </message>
    <message>
        <source>Mode collapse: the fakes have bunched together and no longer vary like the data.</source>
        <translation>انهيار الأنماط: تجمّعت المزيّفات معًا ولم تعد تتنوع كما تتنوع البيانات.</translation>
    </message>
    <message>
        <source>1 · Sample noise</source>
        <translation>1 · أخذ عيّنة ضوضاء</translation>
    </message>
    <message>
        <source>2 · G makes fakes</source>
        <translation>2 · G يصنع المزيّفات</translation>
    </message>
    <message>
        <source>3 · D scores real and fake</source>
        <translation>3 · D يقيّم الحقيقي والمزيّف</translation>
    </message>
    <message>
        <source>4 · Losses</source>
        <translation>4 · الخسائر</translation>
    </message>
    <message>
        <source>5 · Gradients</source>
        <translation>5 · التدرجات</translation>
    </message>
    <message>
        <source>6 · Update</source>
        <translation>6 · التحديث</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each a single number from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>اسحب {n} من متجهات الضوضاء العشوائية z، كلٌّ منها رقم واحد من التوزيع الطبيعي المعياري. الضوضاء هي المُدخل الوحيد للمولّد: كل التنوع يأتي منها.</translation>
    </message>
    <message>
        <source>Draw {n} random noise vectors z, each {numbers} numbers from a standard normal distribution. Noise is the generator&apos;s only input: all variety comes from it.</source>
        <translation>اسحب {n} من متجهات الضوضاء العشوائية z، كلٌّ منها {numbers} من الأرقام من التوزيع الطبيعي المعياري. الضوضاء هي المُدخل الوحيد للمولّد: كل التنوع يأتي منها.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake point G(z). It has never seen a real point; it only learns from what the discriminator says next.</source>
        <translation>يحوّل المولّد كل z إلى نقطة مزيّفة G(z). لم يرَ قط نقطة حقيقية؛ إنما يتعلم مما سيقوله المميّز بعد ذلك.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a probability of being real: on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>يعطي المميّز كل نقطة احتمال أن تكون حقيقية: في المتوسط {real:.2f} على {n} من النقاط الحقيقية و{fake:.2f} على المزيّفات.</translation>
    </message>
    <message>
        <source>The discriminator gives each point a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real points and {fake:.2f} for the fakes.</source>
        <translation>يعطي المميّز كل نقطة درجةً لكونها حقيقية (1 = حقيقية، 0 = مزيّفة): في المتوسط {real:.2f} على {n} من النقاط الحقيقية و{fake:.2f} على المزيّفات.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>يخبر الانتشار العكسي عبر D كل مزيّفة بالاتجاه الذي يجب أن تتغير فيه لتبدو أكثر واقعية (الأسهم)؛ وتخبر تدرجات D نفسه كيف يميّز بينها بشكل أفضل.</translation>
    </message>
    <message>
        <source>The generator turns every z into a fake image G(z). It has never seen a real image; it only learns from what the discriminator says next.</source>
        <translation>يحوّل المولّد كل z إلى صورة مزيّفة G(z). لم يرَ قط صورة حقيقية؛ إنما يتعلم مما سيقوله المميّز بعد ذلك.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a probability of being real: on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>يعطي المميّز كل صورة احتمال أن تكون حقيقية: في المتوسط {real:.2f} على {n} من الصور الحقيقية و{fake:.2f} على المزيّفات.</translation>
    </message>
    <message>
        <source>The discriminator gives each image a score of being real (1 = real, 0 = fake): on average {real:.2f} for {n} real images and {fake:.2f} for the fakes.</source>
        <translation>يعطي المميّز كل صورة درجةً لكونها حقيقية (1 = حقيقية، 0 = مزيّفة): في المتوسط {real:.2f} على {n} من الصور الحقيقية و{fake:.2f} على المزيّفات.</translation>
    </message>
    <message>
        <source>Backpropagation through D tells every fake which way to change to look more real (the arrows: brighter or darker pixels); D&apos;s own gradients say how to tell them apart better.</source>
        <translation>يخبر الانتشار العكسي عبر D كل مزيّفة بالاتجاه الذي يجب أن تتغير فيه لتبدو أكثر واقعية (الأسهم: بكسلات أفتح أو أغمق)؛ وتخبر تدرجات D نفسه كيف يميّز بينها بشكل أفضل.</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s (this run repeats the discriminator&apos;s part {d_steps} times per generator update). The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>يعدّل {optimizer} أوزان D قليلًا، ثم أوزان G (يكرر هذا التشغيل جزء المميّز {d_steps} مرة لكل تحديث للمولّد). الضوضاء نفسها تعطي الآن هذه المزيّفات، ويقيّمها D بمتوسط {after:.2f} (كان {before:.2f}).</translation>
    </message>
    <message>
        <source>{optimizer} nudges D&apos;s weights, then G&apos;s. The same noise now gives these fakes, and D rates them {after:.2f} on average (it was {before:.2f}).</source>
        <translation>يعدّل {optimizer} أوزان D قليلًا، ثم أوزان G. الضوضاء نفسها تعطي الآن هذه المزيّفات، ويقيّمها D بمتوسط {after:.2f} (كان {before:.2f}).</translation>
    </message>
    <message>
        <source>D&apos;s loss ({d_loss:.3f}) is small when it tells real from fake; G&apos;s loss {formula} ({g_loss:.3f}) is small when D is fooled. They pull in opposite directions: the tug of war.</source>
        <translation>خسارة D ({d_loss:.3f}) صغيرة حين يميّز الحقيقي من المزيّف؛ وخسارة G {formula} ({g_loss:.3f}) صغيرة حين ينخدع D. إنهما تشدّان في اتجاهين متعاكسين: إنه شدّ الحبل.</translation>
    </message>
    <message>
        <source>Grey levels</source>
        <translation>مستويات الرمادي</translation>
    </message>
    <message>
        <source>How many shades of grey a pixel can take: each is one token of the model&apos;s vocabulary. The built-in digits have exactly 17 (0 to 16); other images are rounded to the nearest level, and colour images are turned grey first.</source>
        <translation>عدد درجات الرمادي التي يمكن أن يأخذها البكسل: كلٌّ منها رمز واحد في مفردات النموذج. للأرقام المدمجة 17 مستوى بالضبط (من 0 إلى 16)؛ أما الصور الأخرى فتُقرَّب إلى أقرب مستوى، وتُحوَّل الصور الملوّنة إلى الرمادي أولًا.</translation>
    </message>
    <message>
        <source>Transformer blocks stacked on top of each other.</source>
        <translation>كتل المحوّل المكدّسة بعضها فوق بعض.</translation>
    </message>
    <message>
        <source>Heads</source>
        <translation>الرؤوس</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look back at different pixels (the one to the left, the one above). The width must divide evenly among them.</source>
        <translation>رؤوس الانتباه في كل كتلة: يستطيع كلٌّ منها النظر إلى بكسلات سابقة مختلفة (الذي على اليسار، الذي في الأعلى). يجب أن يقبل العرض القسمة عليها بالتساوي.</translation>
    </message>
    <message>
        <source>Numbers used to represent each pixel inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>عدد الأرقام المستخدمة لتمثيل كل بكسل داخل النموذج (عرض التيار المتبقي). النموذج الأعرض يتعلم أكثر، لكنه يتدرب أبطأ.</translation>
    </message>
    <message>
        <source>Images per training step; each gives a guess for every one of its pixels.</source>
        <translation>الصور في كل خطوة تدريب؛ كلٌّ منها يعطي تخمينًا لكل واحد من بكسلاتها.</translation>
    </message>
    <message>
        <source>the starting weights and of the batches</source>
        <translation>الأوزان الابتدائية والدفعات</translation>
    </message>
    <message>
        <source>The width ({width}) must be a multiple of the heads ({heads}).</source>
        <translation>يجب أن يكون العرض ({width}) من مضاعفات عدد الرؤوس ({heads}).</translation>
    </message>
    <message>
        <source>auto</source>
        <translation>تلقائي</translation>
    </message>
    <message>
        <source>{label} cannot be {value}: choose {choices} or {last}.</source>
        <translation>لا يمكن أن تكون قيمة {label} هي {value}: اختر {choices} أو {last}.</translation>
    </message>
    <message>
        <source>{label} must be above {low} and at most {high}, not {value}.</source>
        <translation>يجب أن تكون قيمة {label} أكبر من {low} وعلى الأكثر {high}، لا {value}.</translation>
    </message>
    <message>
        <source>{label} must be from {low} to {high}, not {value}.</source>
        <translation>يجب أن تكون قيمة {label} من {low} إلى {high}، لا {value}.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>البذرة</translation>
    </message>
    <message>
        <source>The random seed of {randomness}: the same seed and settings train the same model again.</source>
        <translation>بذرة العشوائية في {randomness}: البذرة نفسها مع الإعدادات نفسها تدرّب النموذج نفسه مجددًا.</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>معدل التعلم</translation>
    </message>
    <message>
        <source>How big a nudge each step gives the weights ({optimizer}). Too high and the loss jumps about or becomes NaN; too low and learning crawls.{more}</source>
        <translation>مقدار التعديل الذي تُجريه كل خطوة على الأوزان ({optimizer}). إن كان مرتفعًا جدًا تقفز الخسارة أو تصبح NaN؛ وإن كان منخفضًا جدًا يزحف التعلم.{more}</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>حجم الصورة</translation>
    </message>
    <message>
        <source>A folder of your own images is cut to squares of this many pixels a side; the built-in sets keep their own size.</source>
        <translation>يُقصّ مجلد صورك الخاصة إلى مربعات بهذا العدد من البكسلات في كل ضلع؛ أما المجموعات المدمجة فتحتفظ بحجمها.</translation>
    </message>
    <message>
        <source>Training images</source>
        <translation>صور التدريب</translation>
    </message>
    <message>
        <source>Train on only this many images of the data set, picked at random with the seed. With very few (16) a model can learn them by heart and hand back copies; with all of them it has to learn what digits have in common.</source>
        <translation>درّب على هذا العدد فقط من صور مجموعة البيانات، تُختار عشوائيًا بالبذرة. مع عدد قليل جدًا (16) يستطيع النموذج حفظها عن ظهر قلب وإعادة نسخ منها؛ ومع جميعها عليه أن يتعلم ما تشترك فيه الأرقام.</translation>
    </message>
    <message>
        <source>all</source>
        <translation>الكل</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>الرموز</translation>
    </message>
    <message>
        <source>How text is cut into tokens, the units the model reads and predicts: whole words (and punctuation), or single characters (a small vocabulary, but longer sequences).</source>
        <translation>طريقة تقطيع النص إلى رموز، وهي الوحدات التي يقرؤها النموذج ويتنبأ بها: كلمات كاملة (وعلامات ترقيم)، أو أحرف مفردة (مفردات صغيرة، لكن تسلسلات أطول).</translation>
    </message>
    <message>
        <source>words</source>
        <translation>كلمات</translation>
    </message>
    <message>
        <source>characters</source>
        <translation>أحرف</translation>
    </message>
    <message>
        <source>Attention heads per block: each can look for a different pattern. The width must divide evenly among them.</source>
        <translation>رؤوس الانتباه في كل كتلة: يستطيع كلٌّ منها البحث عن نمط مختلف. يجب أن يقبل العرض القسمة عليها بالتساوي.</translation>
    </message>
    <message>
        <source>Numbers used to represent each token inside the model (the width of the residual stream). Wider learns more, but trains slower.</source>
        <translation>عدد الأرقام المستخدمة لتمثيل كل رمز داخل النموذج (عرض التيار المتبقي). النموذج الأعرض يتعلم أكثر، لكنه يتدرب أبطأ.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>السياق</translation>
    </message>
    <message>
        <source>Context length: how many tokens the model can look back at when predicting the next one.</source>
        <translation>طول السياق: عدد الرموز التي يستطيع النموذج النظر إليها إلى الوراء عند التنبؤ بالرمز التالي.</translation>
    </message>
    <message>
        <source>Sequences per training step.</source>
        <translation>التسلسلات في كل خطوة تدريب.</translation>
    </message>
    <message>
        <source>Dropout</source>
        <translation>الإسقاط</translation>
    </message>
    <message>
        <source>Regularisation: while training, this share of the activations is zeroed at random, so the model cannot lean on any one of them to memorise its text. 0 turns it off.</source>
        <translation>التنظيم: أثناء التدريب تُصفَّر هذه النسبة من التنشيطات عشوائيًا، فلا يستطيع النموذج الاعتماد على أيٍّ منها بعينه لحفظ نصّه. القيمة 0 تعطّله.</translation>
    </message>
    <message>
        <source>Weight decay</source>
        <translation>اضمحلال الأوزان</translation>
    </message>
    <message>
        <source>Regularisation: each step pulls every weight a little towards 0 (AdamW), so only weights that help on many sentences stay large. 0 turns it off.</source>
        <translation>التنظيم: كل خطوة تسحب كل وزن قليلًا نحو 0 (AdamW)، فلا يبقى كبيرًا إلا الأوزان التي تفيد في جمل كثيرة. القيمة 0 تعطّله.</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely tokens get a chance.</source>
        <translation>تقسم القيم الخام للنموذج قبل أن تصبح احتمالات: تحت 1 يصبح الرمز المفضَّل أرجح أكثر؛ وفوق 1 تنال الرموز غير المرجّحة فرصة.</translation>
    </message>
    <message>
        <source>Top-k</source>
        <translation>Top-k</translation>
    </message>
    <message>
        <source>Keep only the k most probable tokens and share their probability out again.</source>
        <translation>أبقِ فقط على الرموز k الأكثر احتمالًا وأعِد توزيع احتمالها عليها.</translation>
    </message>
    <message>
        <source>off</source>
        <translation>معطّل</translation>
    </message>
    <message>
        <source>Top-p</source>
        <translation>Top-p</translation>
    </message>
    <message>
        <source>Nucleus sampling: keep the fewest top tokens whose probabilities add up to p.</source>
        <translation>أخذ العيّنات النووي: أبقِ على أقل عدد من الرموز الأعلى احتمالًا التي يبلغ مجموع احتمالاتها p.</translation>
    </message>
    <message>
        <source>Greedy: always take the top token</source>
        <translation>جشع: اختر دائمًا الرمز الأعلى</translation>
    </message>
    <message>
        <source>No randomness: the most probable token every time.</source>
        <translation>بلا عشوائية: الرمز الأكثر احتمالًا في كل مرة.</translation>
    </message>
    <message>
        <source>The corpus has only {tokens} tokens: a context length of {block} needs at least {needed}; use a longer text or a shorter context.</source>
        <translation>لا يحوي النص سوى {tokens} رمزًا: طول سياق قدره {block} يحتاج إلى {needed} على الأقل؛ استخدم نصًا أطول أو سياقًا أقصر.</translation>
    </message>
    <message>
        <source>Training diverged: the loss is no longer a number. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>تباعد التدريب: لم تعد الخسارة رقمًا. خفّض معدل التعلم (حاليًا {rate:g}) أو اضغط «العودة إلى الإعدادات الافتراضية»، ثم «نموذج جديد».</translation>
    </message>
    <message>
        <source>Training diverged: the loss rose from {first:.1f} to {recent:.0f} nats, because each step overshoots. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>تباعد التدريب: ارتفعت الخسارة من {first:.1f} إلى {recent:.0f} نات، لأن كل خطوة تتجاوز الهدف. خفّض معدل التعلم (حاليًا {rate:g}) أو اضغط «العودة إلى الإعدادات الافتراضية»، ثم «نموذج جديد».</translation>
    </message>
    <message>
        <source>The model collapsed onto one token: it predicts &apos;{token}&apos; almost whatever the text. Lower the learning rate (now {rate:g}) or press Back to default settings, then New model.</source>
        <translation>انهار النموذج على رمز واحد: يتنبأ بـ«{token}» أيًّا كان النص تقريبًا. خفّض معدل التعلم (حاليًا {rate:g}) أو اضغط «العودة إلى الإعدادات الافتراضية»، ثم «نموذج جديد».</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is not a single token of this model&apos;s vocabulary.</source>
        <translation>«{token}» ليس رمزًا واحدًا من مفردات هذا النموذج.</translation>
    </message>
    <message>
        <source>P(&quot;{token}&quot; | the text)</source>
        <translation>P(&quot;{token}&quot; | النص)</translation>
    </message>
    <message>
        <source>Latent size</source>
        <translation>حجم الفضاء الكامن</translation>
    </message>
    <message>
        <source>How many numbers the encoder squeezes each example into (the code z). With 2 the map shows the latent space itself; with more, the map shows its two main directions (PCA) and the VAE reconstructs better.</source>
        <translation>عدد الأرقام التي يضغط المشفّر فيها كل مثال (الشفرة z). عند القيمة 2 تعرض الخريطة الفضاء الكامن نفسه؛ ومع عدد أكبر تعرض الخريطة اتجاهيه الرئيسيين (PCA) ويُعيد VAE البناء بشكل أفضل.</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>الشبكة</translation>
    </message>
    <message>
        <source>Fully connected layers see every pixel at once and train fastest on a CPU; convolutions look at small patches and suit larger images.</source>
        <translation>الطبقات المتصلة بالكامل ترى كل البكسلات في آن واحد وتتدرب أسرع على وحدة CPU؛ أما الالتفافات فتنظر إلى رقع صغيرة وتناسب الصور الأكبر.</translation>
    </message>
    <message>
        <source>fully connected (MLP)</source>
        <translation>متصلة بالكامل (MLP)</translation>
    </message>
    <message>
        <source>convolutional (images)</source>
        <translation>التفافية (للصور)</translation>
    </message>
    <message>
        <source>Hidden units per layer (MLP) or filters in the first convolution (doubled in the second). Wider fits more detail but trains slower.</source>
        <translation>الوحدات المخفية في كل طبقة (MLP) أو المرشّحات في الالتفاف الأول (تتضاعف في الثاني). الشبكة الأعرض تلتقط تفاصيل أكثر لكنها تتدرب أبطأ.</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (وزن KL)</translation>
    </message>
    <message>
        <source>The weight of the KL term: 1 is the true evidence lower bound; more pulls every code towards the prior, and it can change while the model trains.</source>
        <translation>وزن حدّ KL: القيمة 1 هي الحد الأدنى الحقيقي للدليل (ELBO)؛ والقيمة الأكبر تسحب كل شفرة نحو التوزيع المسبق، ويمكن تغييرها أثناء تدريب النموذج.</translation>
    </message>
    <message>
        <source>Examples per training step.</source>
        <translation>الأمثلة في كل خطوة تدريب.</translation>
    </message>
    <message>
        <source>the starting weights, the batches and the noise of the reparameterisation</source>
        <translation>الأوزان الابتدائية والدفعات وضوضاء إعادة التمعلم</translation>
    </message>
    <message>
        <source>The conv network halves the image twice, so the image size must be a multiple of 4, not {size}.</source>
        <translation>تنصّف الشبكة الالتفافية الصورة مرتين، لذا يجب أن يكون حجم الصورة من مضاعفات 4، لا {size}.</translation>
    </message>
    <message>
        <source>every family&apos;s starting weights and batches, and of the training images picked</source>
        <translation>الأوزان الابتدائية والدفعات لكل عائلة، وفي صور التدريب المختارة</translation>
    </message>
    <message>
        <source>CUDA GPU ({name})</source>
        <translation>وحدة معالجة رسومات CUDA ({name})</translation>
    </message>
    <message>
        <source>Apple GPU (MPS)</source>
        <translation>وحدة معالجة رسومات Apple (MPS)</translation>
    </message>
    <message>
        <source>CPU (1 thread)</source>
        <translation>CPU (خيط واحد)</translation>
    </message>
    <message>
        <source>CPU ({threads} threads)</source>
        <translation>CPU (الخيوط: {threads})</translation>
    </message>
    <message>
        <source>Samples that look like digits</source>
        <translation>عيّنات تبدو كالأرقام</translation>
    </message>
    <message>
        <source>{name} is neither a .gif nor an .mp4 file: name the animation FILE.gif or FILE.mp4.</source>
        <translation>{name} ليس ملف ‎.gif ولا ملف ‎.mp4: سمِّ الرسم المتحرك FILE.gif أو FILE.mp4.</translation>
    </message>
    <message>
        <source>Writing MP4 needs PyAV, which is not installed: run {command}, or write a .gif.</source>
        <translation>تتطلب كتابة MP4 مكتبة PyAV، وهي غير مثبّتة: شغّل {command}، أو اكتب ملف ‎.gif.</translation>
    </message>
    <message>
        <source>There are no frames to write.</source>
        <translation>لا توجد إطارات لكتابتها.</translation>
    </message>
    <message>
        <source>Train for a finite time above 0 seconds, not {seconds}.</source>
        <translation>درّب لمدة محدودة أكبر من 0 ثانية، لا {seconds}.</translation>
    </message>
    <message>
        <source>Ask for at least 1 sample, not {n}.</source>
        <translation>اطلب عيّنة واحدة على الأقل، لا {n}.</translation>
    </message>
    <message>
        <source>There is no sample {index} in the grid: pick one of the {count} shown.</source>
        <translation>لا توجد عيّنة رقمها {index} في الشبكة: اختر واحدة من العيّنات المعروضة وعددها {count}.</translation>
    </message>
    <message>
        <source>The digit judge needs images shaped (N, H, W); got {shape}.</source>
        <translation>يحتاج حَكَم الأرقام إلى صور بالشكل (N, H, W)؛ لكن المستلم {shape}.</translation>
    </message>
    <message>
        <source>Samples of {values} values cannot be compared with training images of {training}.</source>
        <translation>لا يمكن مقارنة عيّنات من {values} قيمة بصور تدريب من {training} قيمة.</translation>
    </message>
    <message>
        <source>The copy rule needs at least two different training images.</source>
        <translation>تحتاج قاعدة النسخ إلى صورتي تدريب مختلفتين على الأقل.</translation>
    </message>
    <message>
        <source>Image size must be between {low} and {high} pixels, not {size}.</source>
        <translation>يجب أن يكون حجم الصورة بين {low} و{high} بكسل، لا {size}.</translation>
    </message>
    <message>
        <source>Reading your own images needs the Pillow package: pip install pillow.</source>
        <translation>تتطلب قراءة صورك الخاصة حزمة Pillow: pip install pillow.</translation>
    </message>
    <message>
        <source>{folder} is one of the system&apos;s folders under /proc or /sys, not a folder of images.</source>
        <translation>{folder} أحد مجلدات النظام تحت /proc أو /sys، وليس مجلد صور.</translation>
    </message>
    <message>
        <source>{folder} is not a folder.</source>
        <translation>{folder} ليس مجلدًا.</translation>
    </message>
    <message>
        <source>The folder {folder} holds no PNG or JPEG images.</source>
        <translation>لا يحوي المجلد {folder} أي صور PNG أو JPEG.</translation>
    </message>
    <message>
        <source>The folder {folder} holds {count} images; use at most {most}.</source>
        <translation>يحوي المجلد {folder} عدد {count} من الصور؛ استخدم {most} على الأكثر.</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read ({large} of them over {megapixels:g} megapixels).</source>
        <translation>تعذّرت قراءة أي من ملفات الصور في {folder} وعددها {count} ({large} منها أكبر من {megapixels:g} ميغابكسل).</translation>
    </message>
    <message>
        <source>None of the {count} image files in {folder} could be read.</source>
        <translation>تعذّرت قراءة أي من ملفات الصور في {folder} وعددها {count}.</translation>
    </message>
    <message>
        <source>Keeping every frame of {n:,} samples over {steps} steps would hold {millions:,.0f} million numbers, over the limit of {limit:g} million: ask for fewer samples or steps.</source>
        <translation>الاحتفاظ بكل إطار لـ {n:,} عيّنة عبر {steps} خطوة يتطلب {millions:,.0f} مليون رقم، وهذا فوق الحد البالغ {limit:g} مليون: اطلب عيّنات أو خطوات أقل.</translation>
    </message>
    <message>
        <source>{name} does not match the model its settings describe.</source>
        <translation>{name} لا يطابق النموذج الذي تصفه إعداداته.</translation>
    </message>
    <message>
        <source>Unknown sampler &apos;{sampler}&apos;: choose ddpm or ddim.</source>
        <translation>مُعايِن غير معروف «{sampler}»: اختر ddpm أو ddim.</translation>
    </message>
    <message>
        <source>The number of sampling steps must be between 1 and T = {timesteps}, not {steps}.</source>
        <translation>يجب أن يكون عدد خطوات المعاينة بين 1 وT = {timesteps}، لا {steps}.</translation>
    </message>
    <message>
        <source>Unknown noise schedule &apos;{name}&apos;: choose linear or cosine.</source>
        <translation>جدول ضوضاء غير معروف «{name}»: اختر linear أو cosine.</translation>
    </message>
    <message>
        <source>{name} has {count} example: a model needs at least 2 to learn from.</source>
        <translation>عدد الأمثلة في {name} هو {count}: يحتاج النموذج إلى مثالين على الأقل ليتعلم منهما.</translation>
    </message>
    <message>
        <source>Real or fake? needs a data set of images.</source>
        <translation>تحتاج «حقيقية أم مزيّفة؟» إلى مجموعة بيانات من الصور.</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}, so training was paused: lower the learning rate and press Reset.</source>
        <translation>أصبحت الخسارة {loss} عند الخطوة {step}، لذا أُوقف التدريب مؤقتًا: خفّض معدل التعلم واضغط «إعادة تعيين».</translation>
    </message>
    <message>
        <source>The loss became {loss} at step {step}: lower the learning rate and try again.</source>
        <translation>أصبحت الخسارة {loss} عند الخطوة {step}: خفّض معدل التعلم وحاول مرة أخرى.</translation>
    </message>
    <message>
        <source>A GAN samples in one step from noise, so it takes no {options} option.</source>
        <translation>تولّد شبكة GAN العيّنات من الضوضاء في خطوة واحدة، لذا لا تقبل الخيار {options}.</translation>
    </message>
    <message>
        <source>{name} does not match the GAN its settings describe.</source>
        <translation>{name} لا يطابق شبكة GAN التي تصفها إعداداته.</translation>
    </message>
    <message>
        <source>That failed because of an unexpected error ({kind}: {error}). Press Reset.</source>
        <translation>فشل ذلك بسبب خطأ غير متوقع ({kind}: {error}). اضغط «إعادة تعيين».</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (killed by signal {signal}). Press Reset to start again.</source>
        <translation>توقفت عملية التدريب على نحو غير متوقع (أُنهيت بالإشارة {signal}). اضغط «إعادة تعيين» للبدء من جديد.</translation>
    </message>
    <message>
        <source>The training process stopped unexpectedly (exit status {status}). Press Reset to start again.</source>
        <translation>توقفت عملية التدريب على نحو غير متوقع (حالة الخروج {status}). اضغط «إعادة تعيين» للبدء من جديد.</translation>
    </message>
    <message>
        <source>There is no model yet: press Reset.</source>
        <translation>لا يوجد نموذج بعد: اضغط «إعادة تعيين».</translation>
    </message>
    <message>
        <source>The {lab} lab has no request called {name}.</source>
        <translation>ليس لمختبر {lab} طلب باسم {name}.</translation>
    </message>
    <message>
        <source>The lesson&apos;s {lab} lab has no model file to put in it.</source>
        <translation>ليس لمختبر {lab} في الدرس ملف نموذج يوضع فيه.</translation>
    </message>
    <message>
        <source>The lesson written to {path} did not read back as written.</source>
        <translation>الدرس المكتوب في {path} لم يُقرأ مجددًا كما كُتب.</translation>
    </message>
    <message>
        <source>{name} is not a genviz lesson, or it is damaged or cut short.</source>
        <translation>{name} ليس درسًا من genviz، أو أنه تالف أو مبتور.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: it holds no {manifest}.</source>
        <translation>{name} ملف zip لكنه ليس درسًا من genviz: لا يحوي {manifest}.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which a lesson may not: a lesson holds only {manifest} and .safetensors model files, with plain names.</source>
        <translation>يحوي {name} العنصر {member}، وهذا غير مسموح في الدرس: لا يحوي الدرس إلا {manifest} وملفات نماذج ‎.safetensors بأسماء بسيطة.</translation>
    </message>
    <message>
        <source>{name} holds two members of the same name, which a lesson may not.</source>
        <translation>يحوي {name} عنصرين بالاسم نفسه، وهذا غير مسموح في الدرس.</translation>
    </message>
    <message>
        <source>{name} unpacks to more than {megabytes:g} MB, larger than a lesson may.</source>
        <translation>يتجاوز {name} بعد فك ضغطه {megabytes:g} ميغابايت، وهذا أكبر مما يُسمح به للدرس.</translation>
    </message>
    <message>
        <source>{name} holds {member}, which none of its labs uses.</source>
        <translation>يحوي {name} العنصر {member}، ولا يستخدمه أي من مختبراته.</translation>
    </message>
    <message>
        <source>{name} names the model file {model} for its {lab} lab but does not hold it.</source>
        <translation>يذكر {name} ملف النموذج {model} لمختبر {lab} لكنه لا يحويه.</translation>
    </message>
    <message>
        <source>{name} cannot be opened: in its {lab} lab, {reason}</source>
        <translation>لا يمكن فتح {name}. في مختبر {lab}: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it is not JSON.</source>
        <translation>ملف {manifest} في {name} تالف: ليس JSON.</translation>
    </message>
    <message>
        <source>{name} is a zip file but not a genviz lesson: its {manifest} is not genviz&apos;s.</source>
        <translation>{name} ملف zip لكنه ليس درسًا من genviz: ملف {manifest} فيه ليس من genviz.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its format_version is not a whole number from 1.</source>
        <translation>ملف {manifest} في {name} تالف: قيمة format_version ليست عددًا صحيحًا من 1 فصاعدًا.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (lesson format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>كُتب {name} بإصدار أحدث من genviz (صيغة الدرس {version})؛ هذا الإصدار يقرأ الصيغة {readable} أو أقدم: يُرجى تحديث genviz.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its title is not a line of text.</source>
        <translation>ملف {manifest} في {name} تالف: العنوان ليس سطرًا نصيًا.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names no labs.</source>
        <translation>ملف {manifest} في {name} تالف: لا يذكر أي مختبر.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its steps are not a list of at most {most}.</source>
        <translation>ملف {manifest} في {name} تالف: الخطوات ليست قائمة من {most} عنصر على الأكثر.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: {key} is not text of at most {limit:,} characters.</source>
        <translation>ملف {manifest} في {name} تالف: {key} ليس نصًا من {limit:,} حرف على الأكثر.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: it names a lab genviz does not have ({lab}).</source>
        <translation>ملف {manifest} في {name} تالف: يذكر مختبرًا ليس في genviz ({lab}).</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s model is not a plain file name ending in {suffix}.</source>
        <translation>ملف {manifest} في {name} تالف: نموذج مختبر {lab} ليس اسم ملف بسيطًا ينتهي بـ {suffix}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab hides something other than {hideable}.</source>
        <translation>ملف {manifest} في {name} تالف: يخفي مختبر {lab} شيئًا غير {hideable}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: its {lab} lab&apos;s font_scale is not a number from {low} to {high}.</source>
        <translation>ملف {manifest} في {name} تالف: قيمة font_scale لمختبر {lab} ليست عددًا من {low} إلى {high}.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s lab is not a lab&apos;s name.</source>
        <translation>ملف {manifest} في {name} تالف: مختبر إحدى الخطوات ليس اسم مختبر.</translation>
    </message>
    <message>
        <source>{name} has a damaged {manifest}: a step&apos;s timeline step is neither a whole number from 0 nor &quot;{now}&quot;.</source>
        <translation>ملف {manifest} في {name} تالف: خطوة الخط الزمني في إحدى الخطوات ليست عددًا صحيحًا من 0 فصاعدًا ولا «{now}».</translation>
    </message>
    <message>
        <source>{name} names a lab twice: a lesson holds one model per lab.</source>
        <translation>يذكر {name} مختبرًا مرتين: يحوي الدرس نموذجًا واحدًا لكل مختبر.</translation>
    </message>
    <message>
        <source>{name} gives two labs the same model file.</source>
        <translation>يعطي {name} مختبرين ملف النموذج نفسه.</translation>
    </message>
    <message>
        <source>{name} gives its {lab} lab a prompt, but only the text lab has one.</source>
        <translation>يعطي {name} مختبر {lab} موجّهًا، لكن مختبر النص وحده له موجّه.</translation>
    </message>
    <message>
        <source>{name} says its {lab} lab shows {data}, but its model learnt {learnt}.</source>
        <translation>يقول {name} إن مختبر {lab} يعرض {data}، لكن نموذجه تعلّم {learnt}.</translation>
    </message>
    <message>
        <source>Step {index} of {name} shows the {lab} lab, which the lesson does not hold.</source>
        <translation>الخطوة {index} من {name} تعرض مختبر {lab}، وهو ليس في الدرس.</translation>
    </message>
    <message>
        <source>Step {index} of {name} sets a prompt in the {lab} lab, but only the text lab has one.</source>
        <translation>الخطوة {index} من {name} تضع موجّهًا في مختبر {lab}، لكن مختبر النص وحده له موجّه.</translation>
    </message>
    <message>
        <source>Step {index} of {name} enlarges the panel {panel}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>الخطوة {index} من {name} تكبّر اللوحة {panel}، وهي ليست في مختبر {lab}: لوحاته هي {panels}.</translation>
    </message>
    <message>
        <source>{name} has no steps: begin each step with a line starting with &apos;## &apos;.</source>
        <translation>ليس في {name} أي خطوات: ابدأ كل خطوة بسطر يبدأ بـ «## ».</translation>
    </message>
    <message>
        <source>{name} shows the {lab} lab in its step {heading}, but no --model is of that lab ({labs}).</source>
        <translation>يعرض {name} مختبر {lab} في خطوته {heading}، لكن لا يوجد ‎--model من ذلك المختبر ({labs}).</translation>
    </message>
    <message>
        <source>{name} gives the step {heading} the timeline step {step}: write a whole number or now.</source>
        <translation>يعطي {name} الخطوة {heading} خطوة الخط الزمني {step}: اكتب عددًا صحيحًا أو now.</translation>
    </message>
    <message>
        <source>{name} enlarges the panel {panel} in its step {heading}, which the {lab} lab does not have: its panels are {panels}.</source>
        <translation>يكبّر {name} اللوحة {panel} في خطوته {heading}، وهي ليست في مختبر {lab}: لوحاته هي {panels}.</translation>
    </message>
    <message>
        <source>{name} has a state line genviz cannot read ({line}): write it as {example}</source>
        <translation>في {name} سطر حالة لا يستطيع genviz قراءته ({line}): اكتبه هكذا: {example}</translation>
    </message>
    <message>
        <source>{name} keeps no training timeline (it was saved without its history), so it has no earlier steps.</source>
        <translation>لا يحتفظ {name} بخط زمني للتدريب (حُفظ من دون سجله)، لذا ليست فيه خطوات سابقة.</translation>
    </message>
    <message>
        <source>The model file written to {path} did not read back as written.</source>
        <translation>ملف النموذج المكتوب في {path} لم يُقرأ مجددًا كما كُتب.</translation>
    </message>
    <message>
        <source>{name} is not a genviz model file, or it is damaged or cut short.</source>
        <translation>{name} ليس ملف نموذج من genviz، أو أنه تالف أو مبتور.</translation>
    </message>
    <message>
        <source>There is no model file at {path}.</source>
        <translation>لا يوجد ملف نموذج في {path}.</translation>
    </message>
    <message>
        <source>{name} is a safetensors file but was not written by genviz.</source>
        <translation>{name} ملف safetensors لكن genviz لم يكتبه.</translation>
    </message>
    <message>
        <source>{name} has damaged genviz metadata.</source>
        <translation>البيانات الوصفية الخاصة بـ genviz في {name} تالفة.</translation>
    </message>
    <message>
        <source>{name} was written by a newer genviz (model format {version}); this one reads format {readable} or older: please update genviz.</source>
        <translation>كُتب {name} بإصدار أحدث من genviz (صيغة النموذج {version})؛ هذا الإصدار يقرأ الصيغة {readable} أو أقدم: يُرجى تحديث genviz.</translation>
    </message>
    <message>
        <source>{name} holds a kind of model this genviz does not know ({lab}).</source>
        <translation>يحوي {name} نوعًا من النماذج لا يعرفه genviz هذا ({lab}).</translation>
    </message>
    <message>
        <source>{name} holds a {lab} model, not a {expected} model.</source>
        <translation>يحوي {name} نموذج {lab}، لا نموذج {expected}.</translation>
    </message>
    <message>
        <source>{name} has damaged loss curves.</source>
        <translation>منحنيات الخسارة في {name} تالفة.</translation>
    </message>
    <message>
        <source>{name} has a damaged tracked quantity.</source>
        <translation>الكمية المتتبَّعة في {name} تالفة.</translation>
    </message>
    <message>
        <source>{name} has a damaged training timeline.</source>
        <translation>الخط الزمني للتدريب في {name} تالف.</translation>
    </message>
    <message>
        <source>{name} cannot be used: the model&apos;s weights are damaged (some are NaN or infinite).</source>
        <translation>لا يمكن استخدام {name}: أوزان النموذج تالفة (بعضها NaN أو لا نهائي).</translation>
    </message>
    <message>
        <source>{name} has a damaged setting: {setting} is {value}, which is not {kind}.</source>
        <translation>في {name} إعداد تالف: قيمة {setting} هي {value}، وليست {kind}.</translation>
    </message>
    <message>
        <source>{name} has settings genviz cannot use: {reason}</source>
        <translation>في {name} إعدادات لا يستطيع genviz استخدامها: {reason}</translation>
    </message>
    <message>
        <source>{name} has a damaged step count.</source>
        <translation>عدد الخطوات في {name} تالف.</translation>
    </message>
    <message>
        <source>A Pixels model draws one pixel at a time, so it takes no {options} option (those are for diffusion models).</source>
        <translation>يرسم نموذج البكسلات بكسلًا واحدًا في كل مرة، لذا لا يقبل الخيار {options} (هذه الخيارات لنماذج الانتشار).</translation>
    </message>
    <message>
        <source>The temperature must be from {low:g} to {high:g}, not {value:g}.</source>
        <translation>يجب أن تكون درجة الحرارة من {low:g} إلى {high:g}، لا {value:g}.</translation>
    </message>
    <message>
        <source>{name} does not say the size of its images.</source>
        <translation>لا يذكر {name} حجم صوره.</translation>
    </message>
    <message>
        <source>{name} has a damaged image size.</source>
        <translation>حجم الصور في {name} تالف.</translation>
    </message>
    <message>
        <source>{name} does not match the Pixels model its settings describe.</source>
        <translation>{name} لا يطابق نموذج البكسلات الذي تصفه إعداداته.</translation>
    </message>
    <message>
        <source>The Pixels lab draws images, and {name} is a set of 2-D points: choose the digits, MNIST, Fashion-MNIST or a folder of images.</source>
        <translation>يرسم مختبر البكسلات صورًا، و{name} مجموعة من النقاط الثنائية الأبعاد: اختر الأرقام أو MNIST أو Fashion-MNIST أو مجلد صور.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two images: the Pixels lab needs more.</source>
        <translation>في مجموعة البيانات {name} أقل من صورتين: يحتاج مختبر البكسلات إلى أكثر.</translation>
    </message>
    <message>
        <source>{name} draws images of another size than the {height} × {width} images of {data}.</source>
        <translation>يرسم {name} صورًا بحجم غير حجم صور {data} البالغ {height} × {width}.</translation>
    </message>
    <message>
        <source>The Pixels lab reads images of {height} × {width} pixels; these are shaped {shape}.</source>
        <translation>يقرأ مختبر البكسلات صورًا من {height} × {width} بكسل؛ وشكل هذه الصور {shape}.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>مجلد</translation>
    </message>
    <message>
        <source>a pipe (FIFO)</source>
        <translation>أنبوب (FIFO)</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>مقبس</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>جهاز</translation>
    </message>
    <message>
        <source>{path} is one of the system&apos;s files under /proc or /sys, not a file genviz can read.</source>
        <translation>{path} أحد ملفات النظام تحت /proc أو /sys، وليس ملفًا يستطيع genviz قراءته.</translation>
    </message>
    <message>
        <source>The file {path} does not exist.</source>
        <translation>الملف {path} غير موجود.</translation>
    </message>
    <message>
        <source>The file {path} cannot be read ({reason}).</source>
        <translation>لا يمكن قراءة الملف {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is {kind}, not a file.</source>
        <translation>{path} هو {kind}، وليس ملفًا.</translation>
    </message>
    <message>
        <source>The file {path} is {size:.1f} MB, larger than the limit of {limit:g} MB.</source>
        <translation>حجم الملف {path} هو {size:.1f} ميغابايت، أكبر من الحد البالغ {limit:g} ميغابايت.</translation>
    </message>
    <message>
        <source>The file {path} is larger than the limit of {limit:g} MB.</source>
        <translation>الملف {path} أكبر من الحد البالغ {limit:g} ميغابايت.</translation>
    </message>
    <message>
        <source>{path} is under /proc or /sys, where genviz never writes.</source>
        <translation>{path} يقع تحت /proc أو /sys، حيث لا يكتب genviz أبدًا.</translation>
    </message>
    <message>
        <source>{path} cannot be written: {folder} is a file, not a folder.</source>
        <translation>لا يمكن كتابة {path}: {folder} ملف وليس مجلدًا.</translation>
    </message>
    <message>
        <source>{path} cannot be written ({reason}).</source>
        <translation>لا يمكن كتابة {path} ({reason}).</translation>
    </message>
    <message>
        <source>{path} is a folder: give the name of a file to write.</source>
        <translation>{path} مجلد: أعطِ اسم ملف للكتابة فيه.</translation>
    </message>
    <message>
        <source>{path} is {kind}, which genviz never writes over: give the name of a file.</source>
        <translation>{path} هو {kind}، ولا يكتب genviz فوق ذلك أبدًا: أعطِ اسم ملف.</translation>
    </message>
    <message>
        <source>{path} is also an input of this command: choose another output file so it is not overwritten.</source>
        <translation>{path} هو أيضًا أحد مدخلات هذا الأمر: اختر ملف إخراج آخر كي لا يُكتب فوقه.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist: create it first, or choose another output file.</source>
        <translation>المجلد {folder} غير موجود: أنشئه أولًا، أو اختر ملف إخراج آخر.</translation>
    </message>
    <message>
        <source>genviz cannot write in the folder {folder} ({reason}).</source>
        <translation>لا يستطيع genviz الكتابة في المجلد {folder} ({reason}).</translation>
    </message>
    <message>
        <source>{path} could not be written ({reason}); nothing there was changed.</source>
        <translation>تعذّرت كتابة {path} ({reason})؛ لم يتغير شيء هناك.</translation>
    </message>
    <message>
        <source>Temperature must be between {low} and {high:g}, not {value:g}.</source>
        <translation>يجب أن تكون درجة الحرارة بين {low} و{high:g}، لا {value:g}.</translation>
    </message>
    <message>
        <source>Top-k must be 0 (off) or a positive number of tokens, not {value}.</source>
        <translation>يجب أن تكون Top-k صفرًا (إيقاف) أو عددًا موجبًا من الرموز، لا {value}.</translation>
    </message>
    <message>
        <source>Top-p must be above 0 and at most 1, not {value:g}.</source>
        <translation>يجب أن تكون Top-p أكبر من 0 وعلى الأكثر 1، لا {value:g}.</translation>
    </message>
    <message>
        <source>{name} holds a damaged tokenizer.</source>
        <translation>يحوي {name} مُرمِّزًا تالفًا.</translation>
    </message>
    <message>
        <source>The tokenizer&apos;s vocabulary is damaged.</source>
        <translation>مفردات المُرمِّز تالفة.</translation>
    </message>
    <message>
        <source>The text has no tokens to learn a vocabulary from.</source>
        <translation>ليس في النص رموز لتعلّم المفردات منها.</translation>
    </message>
    <message>
        <source>A vocabulary needs room for at least one token besides {unknown}.</source>
        <translation>تحتاج المفردات إلى مكان لرمز واحد على الأقل إلى جانب {unknown}.</translation>
    </message>
    <message>
        <source>The saved tokenizer is damaged.</source>
        <translation>المُرمِّز المحفوظ تالف.</translation>
    </message>
    <message>
        <source>The saved tokenizer is of an unknown kind ({kind}).</source>
        <translation>المُرمِّز المحفوظ من نوع غير معروف ({kind}).</translation>
    </message>
    <message>
        <source>The saved tokenizer was made by a newer genviz; please update genviz to open it.</source>
        <translation>صُنع المُرمِّز المحفوظ بإصدار أحدث من genviz؛ يُرجى تحديث genviz لفتحه.</translation>
    </message>
    <message>
        <source>The training timeline does not match this model: its checkpoints hold other weights.</source>
        <translation>الخط الزمني للتدريب لا يطابق هذا النموذج: نقاط الحفظ فيه تحوي أوزانًا أخرى.</translation>
    </message>
    <message>
        <source>Ask for at least one sample, not {n}.</source>
        <translation>اطلب عيّنة واحدة على الأقل، لا {n}.</translation>
    </message>
    <message>
        <source>A VAE samples in one decoding step, so it takes no {options} option (those are for diffusion models).</source>
        <translation>يولّد VAE العيّنات في خطوة فك ترميز واحدة، لذا لا يقبل الخيار {options} (هذه الخيارات لنماذج الانتشار).</translation>
    </message>
    <message>
        <source>{name} does not match the VAE its settings describe.</source>
        <translation>{name} لا يطابق VAE الذي تصفه إعداداته.</translation>
    </message>
    <message>
        <source>The conv network reads images: choose mlp for the 2-D point sets.</source>
        <translation>الشبكة الالتفافية تقرأ الصور: اختر mlp لمجموعات النقاط الثنائية الأبعاد.</translation>
    </message>
    <message>
        <source>The data set {name} has fewer than two examples: a VAE needs more.</source>
        <translation>في مجموعة البيانات {name} أقل من مثالين: يحتاج VAE إلى أكثر.</translation>
    </message>
    <message>
        <source>Those examples are not in this data set: pick two points on the latent map again.</source>
        <translation>هذان المثالان ليسا في مجموعة البيانات هذه: اختر نقطتين على الخريطة الكامنة من جديد.</translation>
    </message>
</context>
<context>
    <name>compare</name>
    <message>
        <source>generator (G)</source>
        <translation>المولّد (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>المميّز (D)</translation>
    </message>
    <message>
        <source>nats</source>
        <translation>نات</translation>
    </message>
    <message>
        <source>reconstruction + β · KL</source>
        <translation>إعادة البناء + β · KL</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>نات لكل مثال</translation>
    </message>
    <message>
        <source>noise guess error</source>
        <translation>خطأ تخمين الضوضاء</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>متوسط مربع الخطأ</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>الإنتروبيا المتقاطعة</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>نات لكل بكسل</translation>
    </message>
    <message>
        <source>The duel: the discriminator&apos;s loss (D, blue: telling real from fake) and the generator&apos;s (G, red: fooling it), in nats. Neither goes to zero while both learn.</source>
        <translation>المبارزة: خسارة المميّز (D، بالأزرق: تمييز الحقيقي من المزيّف) وخسارة المولّد (G، بالأحمر: خداعه)، بوحدة النات. لا تصل أيٌّ منهما إلى الصفر ما دام كلاهما يتعلم.</translation>
    </message>
    <message>
        <source>How badly a decoded example matches the real one, plus β times how far its code is from N(0, I): the negative evidence lower bound, in nats per example.</source>
        <translation>مدى سوء مطابقة المثال المفكوك تشفيره للمثال الحقيقي، مضافًا إليه β مضروبةً في بُعد شفرته عن N(0, I): سالب الحد الأدنى للدليل، بوحدة النات لكل مثال.</translation>
    </message>
    <message>
        <source>How far the denoiser&apos;s guess of the added noise is from the real noise (mean squared error), at a random noise level each step; the solid line is its moving average.</source>
        <translation>مدى بُعد تخمين مزيل الضوضاء للضوضاء المضافة عن الضوضاء الحقيقية (متوسط مربع الخطأ)، عند مستوى ضوضاء عشوائي في كل خطوة؛ والخط المتصل هو متوسطه المتحرك.</translation>
    </message>
    <message>
        <source>How surprised the transformer is by each true pixel, given the pixels before it (cross-entropy in nats per pixel); the solid line is its moving average.</source>
        <translation>مقدار مفاجأة المحوّل بكل بكسل حقيقي بمعلومية البكسلات التي قبله (الإنتروبيا المتقاطعة بوحدة النات لكل بكسل)؛ والخط المتصل هو متوسطه المتحرك.</translation>
    </message>
    <message>
        <source>Samples (fixed seed)</source>
        <translation>العيّنات (بذرة ثابتة)</translation>
    </message>
    <message>
        <source>Sixteen samples from the same random numbers every time, so you watch the same samples improve as the family trains. Click one to ask: is it a copy of a training image?</source>
        <translation>ست عشرة عيّنة من الأرقام العشوائية نفسها في كل مرة، فتشاهد العيّنات نفسها تتحسن مع تدرب العائلة. انقر إحداها لتسأل: هل هي نسخة من صورة تدريب؟</translation>
    </message>
    <message>
        <source>A grid of sixteen samples of this family, four by four, made from the same random numbers every time.</source>
        <translation>شبكة من ست عشرة عيّنة لهذه العائلة، أربعًا في أربع، مصنوعة من الأرقام العشوائية نفسها في كل مرة.</translation>
    </message>
    <message>
        <source>x₁</source>
        <translation>x₁</translation>
    </message>
    <message>
        <source>x₂</source>
        <translation>x₂</translation>
    </message>
    <message>
        <source>A scatter plot of the family&apos;s points in the plane.</source>
        <translation>مخطط تشتت لنقاط العائلة في المستوى.</translation>
    </message>
    <message>
        <source>The {family} family: {how}</source>
        <translation>عائلة {family}: {how}</translation>
    </message>
    <message>
        <source>starting its training process…</source>
        <translation>يبدأ عملية تدريبه…</translation>
    </message>
    <message>
        <source>Training steps so far (weight updates), and how many images it trains on: the same for every family.</source>
        <translation>خطوات التدريب حتى الآن (تحديثات الأوزان)، وعدد الصور التي يتدرب عليها: العدد نفسه لكل عائلة.</translation>
    </message>
    <message>
        <source>How this family makes a new sample.</source>
        <translation>كيف تصنع هذه العائلة عيّنة جديدة.</translation>
    </message>
    <message>
        <source>Points from the same random numbers every time. Click one to ask: is it a copy of a training point?</source>
        <translation>نقاط من الأرقام العشوائية نفسها في كل مرة. انقر إحداها لتسأل: هل هي نسخة من نقطة تدريب؟</translation>
    </message>
    <message>
        <source>How one sample is made, step by step: Play below runs every family&apos;s together. Diffusion removes noise over many steps, Pixels adds one pixel per step, a GAN or VAE makes it in a single pass.</source>
        <translation>كيف تُصنع عيّنة واحدة، خطوة بخطوة: زر «تشغيل» في الأسفل يشغّل جميع العائلات معًا. الانتشار يزيل الضوضاء عبر خطوات كثيرة، والبكسلات تضيف بكسلًا واحدًا في كل خطوة، وGAN أو VAE يصنعها في تمريرة واحدة.</translation>
    </message>
    <message>
        <source>How one is made</source>
        <translation>كيف تُصنع عيّنة</translation>
    </message>
    <message>
        <source>One sample of this family as it is being made, at the step the player below shows.</source>
        <translation>عيّنة واحدة لهذه العائلة أثناء صنعها، عند الخطوة التي يعرضها المشغّل في الأسفل.</translation>
    </message>
    <message>
        <source>How they are made</source>
        <translation>كيف تُصنع</translation>
    </message>
    <message>
        <source>step — of —</source>
        <translation>الخطوة — من —</translation>
    </message>
    <message>
        <source>Network evaluations so far of all this family needs to make a sample: the cost of one sample.</source>
        <translation>تقييمات الشبكة حتى الآن من مجموع ما تحتاجه هذه العائلة لصنع عيّنة: كلفة عيّنة واحدة.</translation>
    </message>
    <message>
        <source>Loss: G red, D blue</source>
        <translation>الخسارة: G بالأحمر، D بالأزرق</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <source>A line chart of this family&apos;s training loss against the training step.</source>
        <translation>مخطط خطي لخسارة تدريب هذه العائلة مقابل خطوة التدريب.</translation>
    </message>
    <message>
        <source>starting its session…</source>
        <translation>يبدأ جلسته…</translation>
    </message>
    <message>
        <source>stopped: {message}</source>
        <translation>توقّف: {message}</translation>
    </message>
    <message>
        <source>step {steps} · {count} training points</source>
        <translation>الخطوة {steps} · {count} من نقاط التدريب</translation>
    </message>
    <message>
        <source>step {steps} · {count} training images</source>
        <translation>الخطوة {steps} · {count} من صور التدريب</translation>
    </message>
    <message>
        <source>step {done} of {steps}: done</source>
        <translation>الخطوة {done} من {steps}: اكتمل</translation>
    </message>
    <message>
        <source>step {done} of {steps}</source>
        <translation>الخطوة {done} من {steps}</translation>
    </message>
    <message>
        <source>A new comparison began before the answer came.</source>
        <translation>بدأت مقارنة جديدة قبل وصول الإجابة.</translation>
    </message>
    <message>
        <source>The {family} family is not running: press New comparison.</source>
        <translation>عائلة {family} لا تعمل: اضغط «مقارنة جديدة».</translation>
    </message>
    <message>
        <source>The Compare lab trains several models at once: train one in its own lab to save it, or save them all with genviz compare --out FOLDER.</source>
        <translation>مختبر المقارنة يدرّب عدة نماذج معًا: درّب نموذجًا في مختبره الخاص لتحفظه، أو احفظها جميعًا بالأمر genviz compare --out FOLDER.</translation>
    </message>
    <message>
        <source>The Compare lab has no family called {family} running.</source>
        <translation>لا توجد في مختبر المقارنة عائلة باسم {family} قيد التشغيل.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(لا شيء)</translation>
    </message>
    <message>
        <source>{family}: {message}</source>
        <translation>{family}: {message}</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}.</source>
        <translation>نسخة: أقرب مثال تدريب إليها على مسافة {nearest}.</translation>
    </message>
    <message>
        <source>New: its nearest training example is at distance {nearest}.</source>
        <translation>جديدة: أقرب مثال تدريب إليها على مسافة {nearest}.</translation>
    </message>
    <message>
        <source>A copy: its nearest training example is at distance {nearest}, only {ratio} of the distance to the second nearest ({second}); the rule calls a sample a copy below 1/3.</source>
        <translation>نسخة: أقرب مثال تدريب إليها على مسافة {nearest}، أي {ratio} فقط من المسافة إلى ثاني أقرب مثال ({second})؛ تعدّ القاعدة العيّنة نسخةً إذا كانت النسبة أقل من 1/3.</translation>
    </message>
    <message>
        <source>Not a copy: its nearest training example is at distance {nearest}, {ratio} of the distance to the second nearest ({second}); a copy would be below 1/3.</source>
        <translation>ليست نسخة: أقرب مثال تدريب إليها على مسافة {nearest}، أي {ratio} من المسافة إلى ثاني أقرب مثال ({second})؛ النسخة تكون أقل من 1/3.</translation>
    </message>
    <message>
        <source>Click any sample in a family&apos;s grid to set it beside its three nearest training images.</source>
        <translation>انقر أي عيّنة في شبكة عائلة لتضعها بجانب أقرب ثلاث صور تدريب إليها.</translation>
    </message>
    <message>
        <source>Is it a copy?</source>
        <translation>هل هي نسخة؟</translation>
    </message>
    <message>
        <source>An art student who studied 1,000 paintings should paint something that is not a copy of any of them. The same test for a model: is its sample much closer to one training image than to any other?</source>
        <translation>طالب الفنون الذي درس 1,000 لوحة يُفترض أن يرسم شيئًا ليس نسخة من أيٍّ منها. والاختبار نفسه للنموذج: هل عيّنته أقرب بكثير إلى صورة تدريب واحدة منها إلى أي صورة أخرى؟</translation>
    </message>
    <message>
        <source>The copy rule (Gu et al. 2023): a sample is a copy when its nearest training image is closer than 1/3 of the distance to the second nearest, in pixel space.</source>
        <translation>قاعدة النسخ (Gu et al. 2023): العيّنة نسخةٌ إذا كانت أقرب صورة تدريب إليها أقرب من 1/3 المسافة إلى ثاني أقرب صورة، في فضاء البكسلات.</translation>
    </message>
    <message>
        <source>Sample, then its nearest 3</source>
        <translation>العيّنة، ثم أقرب 3</translation>
    </message>
    <message>
        <source>Left: the sample you clicked. Right: the three training images closest to it, nearest first, each with its distance in pixel space (the square root of the summed squared differences).</source>
        <translation>يسارًا: العيّنة التي نقرتها. يمينًا: صور التدريب الثلاث الأقرب إليها، الأقرب أولًا، ولكلٍّ منها مسافتها في فضاء البكسلات (الجذر التربيعي لمجموع مربعات الفروق).</translation>
    </message>
    <message>
        <source>The sample you clicked, then the three training images nearest to it, each with its distance.</source>
        <translation>العيّنة التي نقرتها، ثم صور التدريب الثلاث الأقرب إليها، ولكلٍّ منها مسافتها.</translation>
    </message>
    <message>
        <source>How close to a training image?</source>
        <translation>ما مدى قربها من صورة تدريب؟</translation>
    </message>
    <message>
        <source>distance in pixel space</source>
        <translation>المسافة في فضاء البكسلات</translation>
    </message>
    <message>
        <source>share of images</source>
        <translation>نسبة الصور</translation>
    </message>
    <message>
        <source>How far each sample is from its nearest training image (blue), beside the same for real examples the family never trained on (orange). A family that memorised piles up near 0, left of the real examples; one that learned patterns overlaps them. The dashed line marks the sample you clicked.</source>
        <translation>بُعد كل عيّنة عن أقرب صورة تدريب إليها (بالأزرق)، بجانب الشيء نفسه لأمثلة حقيقية لم تتدرب عليها العائلة قط (بالبرتقالي). العائلة التي حفظت تتكدس قرب 0، على يسار الأمثلة الحقيقية؛ والتي تعلمت الأنماط تتداخل معها. يحدد الخط المتقطع العيّنة التي نقرتها.</translation>
    </message>
    <message>
        <source>Two histograms of the distance to the nearest training image: one for the family&apos;s samples, one for held-out real examples.</source>
        <translation>مدرّجان تكراريان للمسافة إلى أقرب صورة تدريب: أحدهما لعيّنات العائلة، والآخر لأمثلة حقيقية محجوزة.</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>العيّنات</translation>
    </message>
    <message>
        <source>held-out real examples</source>
        <translation>أمثلة حقيقية محجوزة</translation>
    </message>
    <message>
        <source>{family}, sample {number}: looking for its nearest training images…</source>
        <translation>{family}، العيّنة {number}: جارٍ البحث عن أقرب صور التدريب إليها…</translation>
    </message>
    <message>
        <source>{family}, sample {number}. {verdict}</source>
        <translation>{family}، العيّنة {number}. {verdict}</translation>
    </message>
    <message>
        <source>{family}&apos;s samples</source>
        <translation>عيّنات {family}</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Make one sample of every family side by side, one network evaluation per tick: see which approach takes how many steps.</source>
        <translation>اصنع عيّنة واحدة من كل عائلة جنبًا إلى جنب، بتقييم واحد للشبكة في كل نبضة: لترى كم خطوة تستغرقها كل طريقة.</translation>
    </message>
    <message>
        <source>One network evaluation back.</source>
        <translation>تقييم واحد للشبكة إلى الوراء.</translation>
    </message>
    <message>
        <source>One evaluation back</source>
        <translation>تقييم واحد للخلف</translation>
    </message>
    <message>
        <source>One network evaluation further.</source>
        <translation>تقييم واحد للشبكة إلى الأمام.</translation>
    </message>
    <message>
        <source>One evaluation further</source>
        <translation>تقييم واحد للأمام</translation>
    </message>
    <message>
        <source>Drag to any point of the generation: every family shows how far it has got after this many evaluations of its network.</source>
        <translation>اسحب إلى أي نقطة من عملية التوليد: تُظهر كل عائلة إلى أي حدّ وصلت بعد هذا العدد من تقييمات شبكتها.</translation>
    </message>
    <message>
        <source>Network evaluations shown</source>
        <translation>تقييمات الشبكة المعروضة</translation>
    </message>
    <message>
        <source>Network evaluations so far: each is one pass through a family&apos;s network.</source>
        <translation>تقييمات الشبكة حتى الآن: كلٌّ منها تمريرة واحدة عبر شبكة العائلة.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>{shown} of {total} evaluations</source>
        <translation>التقييمات: {shown} من {total}</translation>
    </message>
    <message>
        <source>{count} of {total}</source>
        <translation>{count} من {total}</translation>
    </message>
    <message>
        <source>Copies
(samples)</source>
        <translation>النسخ
(العيّنات)</translation>
    </message>
    <message>
        <source>The share of samples that are near-copies of a training image: its nearest training image is closer than a third of the distance to the second nearest, in pixel space (Gu et al. 2023). A model that learned patterns stays near the real examples&apos; share; one that memorised hands back copies.</source>
        <translation>نسبة العيّنات التي تكاد تكون نسخًا من صورة تدريب: أقرب صورة تدريب إليها أقرب من ثلث المسافة إلى ثاني أقرب صورة، في فضاء البكسلات (Gu et al. 2023). النموذج الذي تعلم الأنماط يبقى قريبًا من نسبة الأمثلة الحقيقية؛ والذي حفظ يعيد نسخًا.</translation>
    </message>
    <message>
        <source>Copies
(real)</source>
        <translation>النسخ
(الحقيقية)</translation>
    </message>
    <message>
        <source>The same copy rule applied to real examples the families never trained on, against the training images: the share a model that makes new images should be near.</source>
        <translation>قاعدة النسخ نفسها مطبّقةً على أمثلة حقيقية لم تتدرب عليها العائلات قط، مقارنةً بصور التدريب: النسبة التي ينبغي أن يقترب منها نموذج يصنع صورًا جديدة.</translation>
    </message>
    <message>
        <source>ms per
sample</source>
        <translation>مللي ث
لكل عيّنة</translation>
    </message>
    <message>
        <source>Milliseconds to make one sample (in a batch, all the samples judged at once) on this machine while the others train: a GAN or VAE makes it in one pass, diffusion and Pixels in many.</source>
        <translation>الملّي ثوانٍ اللازمة لصنع عينة واحدة (دفعةً، كل العينات المقيّمة معًا) على هذا الجهاز بينما تتدرب النماذج الأخرى: يصنعها GAN أو VAE في تمريرة واحدة، والانتشار وPixels في تمريرات كثيرة.</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>الأوزان</translation>
    </message>
    <message>
        <source>How many numbers the family&apos;s networks learn.</source>
        <translation>عدد الأرقام التي تتعلمها شبكات العائلة.</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>الخطوات</translation>
    </message>
    <message>
        <source>Training steps the family had taken when these figures were measured. All train for the same time, so a slower step means fewer of them.</source>
        <translation>خطوات التدريب التي أتمّتها العائلة عند قياس هذه الأرقام. تتدرب جميعها للمدة نفسها، فالخطوة الأبطأ تعني خطوات أقل.</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>الجودة</translation>
    </message>
    <message>
        <source>How recognisable the samples are: the share that a digit classifier (trained in the app on real digits) names with at least 90% confidence, divided by the same share for real digits it never saw. 1 means as recognisable as real digits.</source>
        <translation>مدى وضوح العيّنات: نسبة ما يسمّيه مصنّف أرقام (مدرَّب داخل التطبيق على أرقام حقيقية) بثقة لا تقل عن 90%، مقسومةً على النسبة نفسها لأرقام حقيقية لم يرها قط. القيمة 1 تعني وضوحًا مثل الأرقام الحقيقية.</translation>
    </message>
    <message>
        <source>Classes</source>
        <translation>الفئات</translation>
    </message>
    <message>
        <source>How many of the 10 digits make up at least 1% of the confidently named samples: a family that makes only some digits has missed the others.</source>
        <translation>عدد الأرقام العشرة التي تشكل 1% على الأقل من العيّنات المسمّاة بثقة: العائلة التي لا تصنع إلا بعض الأرقام فاتتها البقية.</translation>
    </message>
    <message>
        <source>Evenness</source>
        <translation>التوازن</translation>
    </message>
    <message>
        <source>How evenly the samples spread over the digits: the entropy of their histogram divided by log 10. 1 when every digit comes out equally often, 0 when only one does.</source>
        <translation>مدى تساوي توزّع العيّنات على الأرقام: إنتروبيا مدرّجها التكراري مقسومةً على log 10. تساوي 1 حين يظهر كل رقم بالتكرار نفسه، و0 حين لا يظهر إلا رقم واحد.</translation>
    </message>
    <message>
        <source>Modes
covered</source>
        <translation>الأنماط
المغطّاة</translation>
    </message>
    <message>
        <source>How many of the data set&apos;s blobs (modes) have samples near them: a family that covers only some has collapsed onto those.</source>
        <translation>عدد كتل (أنماط) مجموعة البيانات التي توجد عيّنات قربها: العائلة التي لا تغطي إلا بعضها قد انهارت عليها.</translation>
    </message>
    <message>
        <source>Near
a mode</source>
        <translation>قرب
نمط</translation>
    </message>
    <message>
        <source>The share of samples close to one of the blobs: the rest fell between them.</source>
        <translation>نسبة العيّنات القريبة من إحدى الكتل: البقية وقعت بينها.</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>العائلة</translation>
    </message>
    <message>
        <source>Each family trains on the same data, for the same time, with a fair share of the cores.</source>
        <translation>تتدرب كل عائلة على البيانات نفسها، للمدة نفسها، بحصة عادلة من الأنوية.</translation>
    </message>
    <message>
        <source>Each family&apos;s first figures come some seconds after it starts training, then new ones every few seconds.</source>
        <translation>تظهر أول أرقام كل عائلة بعد بضع ثوانٍ من بدء تدريبها، ثم أرقام جديدة كل بضع ثوانٍ.</translation>
    </message>
    <message>
        <source>The figures of each family, measured again every few seconds from new samples while they train: rest the mouse on a family&apos;s name for how many. Rest it on a column&apos;s header to read what it means.</source>
        <translation>أرقام كل عائلة، تُقاس من جديد كل بضع ثوانٍ من عينات جديدة أثناء التدريب: ضع الفأرة على اسم عائلة لترى عددها. وضعها على رأس عمود لتقرأ معناه.</translation>
    </message>
    <message>
        <source>{tip} These figures: {count} samples, after {steps} training steps.</source>
        <translation>{tip} هذه الأرقام: {count} عينة، بعد {steps} خطوة تدريب.</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>النتائج</translation>
    </message>
    <message>
        <source>Learns patterns (all digits)</source>
        <translation>يتعلم الأنماط (كل الأرقام)</translation>
    </message>
    <message>
        <source>Every family trains on all 1,797 digits, then trains at once. With that many it cannot learn them by heart: watch the copies column stay near the real digits&apos; baseline, and Is it a copy? say New.</source>
        <translation>تتدرب كل عائلة على الأرقام الـ1,797 جميعها، ويبدأ التدريب فورًا. مع هذا العدد لا يمكنها حفظها عن ظهر قلب: شاهد عمود النسخ يبقى قرب خط أساس الأرقام الحقيقية، و«هل هي نسخة؟» يقول «جديدة».</translation>
    </message>
    <message>
        <source>Memorises (16 digits)</source>
        <translation>يحفظ (16 رقمًا)</translation>
    </message>
    <message>
        <source>Every family trains on only 16 digits, then trains at once. With so few, a model can learn each by heart and hand it back: watch the copies column climb, diffusion&apos;s first, and click a sample to see its twin.</source>
        <translation>تتدرب كل عائلة على 16 رقمًا فقط، ويبدأ التدريب فورًا. مع هذا العدد القليل يستطيع النموذج حفظ كل رقم عن ظهر قلب وإعادته: شاهد عمود النسخ يرتفع، والانتشار أولًا، وانقر عيّنة لترى توأمها.</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>The data every family learns, the same for all. Open or drop a folder of images to add it here. With a 2-D set the table counts the modes found instead of the digits recognised.</source>
        <translation>البيانات التي تتعلمها كل عائلة، وهي نفسها للجميع. افتح مجلد صور أو أفلته هنا لإضافته. مع مجموعة ثنائية الأبعاد يعدّ الجدول الأنماط التي وُجدت بدلًا من الأرقام التي تم التعرف عليها.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Families</source>
        <translation>العائلات</translation>
    </message>
    <message>
        <source>Every setting above back to its default: all four families on all the built-in digits, seed 0. The comparison that is training keeps its settings until you press New comparison.</source>
        <translation>أعد كل إعداد أعلاه إلى قيمته الافتراضية: العائلات الأربع جميعها على كل الأرقام المدمجة، والبذرة 0. المقارنة الجارية تحتفظ بإعداداتها حتى تضغط «مقارنة جديدة».</translation>
    </message>
    <message>
        <source>New comparison</source>
        <translation>مقارنة جديدة</translation>
    </message>
    <message>
        <source>Presets: patterns or copies?</source>
        <translation>إعدادات مسبقة: أنماط أم نسخ؟</translation>
    </message>
    <message>
        <source>{how} It draws images pixel by pixel, so it sits out a 2-D set.</source>
        <translation>{how} يرسم الصور بكسلًا بكسلًا، لذا لا يشارك في مجموعة ثنائية الأبعاد.</translation>
    </message>
    <message>
        <source>Export table as CSV…</source>
        <translation>تصدير الجدول بصيغة CSV…</translation>
    </message>
    <message>
        <source>Save the table&apos;s figures, unrounded, as a CSV file for a spreadsheet.</source>
        <translation>احفظ أرقام الجدول، دون تقريب، في ملف CSV لبرنامج جداول البيانات.</translation>
    </message>
    <message>
        <source>The Compare lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>مختبر المقارنة يتعلم من مجلد صور: أفلت المجلد الذي يحتوي {name}، لا الملف نفسه.</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}.</source>
        <translation>تعذّرت كتابة {path}: {reason}.</translation>
    </message>
    <message>
        <source>held-out real points</source>
        <translation>نقاط حقيقية محجوزة</translation>
    </message>
    <message>
        <source>held-out real digits</source>
        <translation>أرقام حقيقية محجوزة</translation>
    </message>
    <message>
        <source>Export the results table</source>
        <translation>تصدير جدول النتائج</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ملفات CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>diffusion</name>
    <message>
        <source>t = …</source>
        <translation>t = …</translation>
    </message>
    <message>
        <source>t={t}</source>
        <translation>t={t}</translation>
    </message>
    <message>
        <source>x_t</source>
        <translation>x_t</translation>
    </message>
    <message>
        <source>Forward process: noise added step by step</source>
        <translation>العملية الأمامية: إضافة الضوضاء خطوة بخطوة</translation>
    </message>
    <message>
        <source>Training never runs this chain step by step: x_t can be made from x_0 in one jump, x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) noise.</source>
        <translation>لا يشغّل التدريب هذه السلسلة خطوة بخطوة أبدًا: يمكن صنع x_t من x_0 بقفزة واحدة، x_t = sqrt(alpha_bar_t) x_0 + sqrt(1 - alpha_bar_t) ε، حيث ε هي الضوضاء.</translation>
    </message>
    <message>
        <source>The same training example with more and more noise: x_0 is the data, x_T is practically pure noise. The model learns to undo one bit of this at a time.</source>
        <translation>مثال التدريب نفسه مع ضوضاء تزداد شيئًا فشيئًا: x_0 هو البيانات، وx_T ضوضاء خالصة عمليًا. يتعلم النموذج أن يعكس جزءًا صغيرًا من ذلك في كل مرة.</translation>
    </message>
    <message>
        <source>x_0 … x_T: one training image</source>
        <translation>x_0 … x_T: صورة تدريب واحدة</translation>
    </message>
    <message>
        <source>x_0 … x_T: the data set</source>
        <translation>x_0 … x_T: مجموعة البيانات</translation>
    </message>
    <message>
        <source>x_t at the slider&apos;s t. For 2-D data the arrows show what the model has learned so far: the direction it would move a point found there at this noise level (minus its noise guess).</source>
        <translation>x_t عند قيمة t في المنزلق. في البيانات ثنائية الأبعاد تُظهر الأسهم ما تعلمه النموذج حتى الآن: الاتجاه الذي سيحرّك فيه نقطةً موجودة هناك عند مستوى الضوضاء هذا (سالب تخمينه للضوضاء).</translation>
    </message>
    <message>
        <source>signal kept √ᾱ_t</source>
        <translation>الإشارة المتبقية √ᾱ_t</translation>
    </message>
    <message>
        <source>noise added √(1−ᾱ_t)</source>
        <translation>الضوضاء المضافة √(1−ᾱ_t)</translation>
    </message>
    <message>
        <source>data x_0</source>
        <translation>البيانات x_0</translation>
    </message>
    <message>
        <source>where the model would move a point at this t (live)</source>
        <translation>حيث سيحرّك النموذج نقطةً عند قيمة t هذه (مباشر)</translation>
    </message>
    <message>
        <source>Noise schedule</source>
        <translation>جدول الضوضاء</translation>
    </message>
    <message>
        <source>timestep t</source>
        <translation>الخطوة الزمنية t</translation>
    </message>
    <message>
        <source>standard deviation</source>
        <translation>الانحراف المعياري</translation>
    </message>
    <message>
        <source>How much of x_0 is left in x_t (signal, sqrt(alpha_bar)) and how much noise is in it (sqrt(1 - alpha_bar)). Their squares add up to 1, so x_t keeps the data&apos;s scale.</source>
        <translation>كم يبقى من x_0 في x_t (الإشارة، sqrt(alpha_bar)) وكم فيه من الضوضاء (sqrt(1 - alpha_bar)). مجموع مربعيهما 1، فيحافظ x_t على مقياس البيانات.</translation>
    </message>
    <message>
        <source>Two curves over the timesteps: the share of the data kept, falling from 1, and the noise added, rising to 1; a vertical line marks the slider&apos;s t.</source>
        <translation>منحنيان عبر الخطوات الزمنية: نسبة البيانات المتبقية، هابطةً من 1، والضوضاء المضافة، صاعدةً إلى 1؛ ويحدد خط عمودي قيمة t في المنزلق.</translation>
    </message>
    <message>
        <source>Choose t, the noise level shown above and marked on the schedule.</source>
        <translation>اختر t، مستوى الضوضاء المعروض أعلاه والمحدد على الجدول.</translation>
    </message>
    <message>
        <source>Timestep t</source>
        <translation>الخطوة الزمنية t</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>t = {t} of {total}: signal kept {signal}, noise added {noise}</source>
        <translation>t = {t} من {total}: الإشارة المتبقية {signal}، الضوضاء المضافة {noise}</translation>
    </message>
    <message>
        <source>x_t at t = {t}</source>
        <translation>x_t عند t = {t}</translation>
    </message>
    <message>
        <source>loss (MSE)</source>
        <translation>متوسط مربع الخطأ</translation>
    </message>
    <message>
        <source>batch</source>
        <translation>الدفعة</translation>
    </message>
    <message>
        <source>Training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <source>How far the network&apos;s noise guess is from the noise really added (mean squared error), averaged over a batch whose examples each get a random t (faint line; the solid line is its moving average). Guessing &apos;no noise&apos; scores 1. With Min-SNR weighting on, training weighs the low-noise examples less, but this plot shows the plain error.</source>
        <translation>مدى بُعد تخمين الشبكة للضوضاء عن الضوضاء المضافة فعلًا (متوسط مربع الخطأ)، بالمتوسط على دفعة يأخذ كل مثال فيها قيمة t عشوائية (خط باهت؛ والخط المتصل هو متوسطه المتحرك). تخمين «لا ضوضاء» يسجّل 1. عند تفعيل ترجيح Min-SNR يعطي التدريب أمثلة الضوضاء المنخفضة وزنًا أقل، لكن هذا المخطط يعرض الخطأ العادي.</translation>
    </message>
    <message>
        <source>The loss of each training batch over the training steps, faint, with its moving average.</source>
        <translation>خسارة كل دفعة تدريب عبر خطوات التدريب، باهتةً، مع متوسطها المتحرك.</translation>
    </message>
    <message>
        <source>Loss by noise level</source>
        <translation>الخسارة حسب مستوى الضوضاء</translation>
    </message>
    <message>
        <source>The same error split by noise level. Near t = 0 the noise is tiny and hard to tell from detail in the data; near t = T x_t is almost all noise, so guessing the noise is easy. The middle is where the model learns what the data looks like.</source>
        <translation>الخطأ نفسه مقسّمًا حسب مستوى الضوضاء. قرب t = 0 تكون الضوضاء ضئيلة ويصعب تمييزها عن تفاصيل البيانات؛ وقرب t = T يكون x_t كله تقريبًا ضوضاء، فيسهل تخمين الضوضاء. والوسط هو حيث يتعلم النموذج شكل البيانات.</translation>
    </message>
    <message>
        <source>Bars of the recent training loss for each range of timesteps, from t = 0 to T.</source>
        <translation>أعمدة لخسارة التدريب الأخيرة لكل نطاق من الخطوات الزمنية، من t = 0 إلى T.</translation>
    </message>
    <message>
        <source>x_t: the batch</source>
        <translation>x_t: الدفعة</translation>
    </message>
    <message>
        <source>The samples at the current timestep. Frame 0 is pure random noise; each step removes a little of the noise the model sees, until t = 0 leaves the finished samples.</source>
        <translation>العيّنات عند الخطوة الزمنية الحالية. الإطار 0 ضوضاء عشوائية خالصة؛ وكل خطوة تزيل قليلًا من الضوضاء التي يراها النموذج، حتى تترك t = 0 العيّنات المكتملة.</translation>
    </message>
    <message>
        <source>x̂_0: the model&apos;s guess</source>
        <translation>x̂_0: تخمين النموذج</translation>
    </message>
    <message>
        <source>From x_t the model predicts the noise; subtracting it gives a guess of the clean data. At high noise the guess is a blurry average; it sharpens as t falls.</source>
        <translation>من x_t يتنبأ النموذج بالضوضاء؛ وطرحها يعطي تخمينًا للبيانات النظيفة. عند الضوضاء العالية يكون التخمين متوسطًا ضبابيًا؛ ويزداد حدّةً كلما انخفضت t.</translation>
    </message>
    <message>
        <source>ε̂: the noise it sees</source>
        <translation>ε̂: الضوضاء التي يراها</translation>
    </message>
    <message>
        <source>The network&apos;s output: the noise it believes was mixed into x_t (grey is zero). A step of the sampler removes part of it. At t = 0 nothing is left.</source>
        <translation>مُخرج الشبكة: الضوضاء التي تعتقد أنها مُزجت في x_t (الرمادي هو الصفر). كل خطوة من أداة أخذ العيّنات تزيل جزءًا منها. عند t = 0 لا يبقى شيء.</translation>
    </message>
    <message>
        <source>Samples appear when the model has started.</source>
        <translation>تظهر العيّنات حين يبدأ النموذج.</translation>
    </message>
    <message>
        <source>ε̂ at t = 0: no noise left to predict</source>
        <translation>ε̂ عند t = 0: لم تبقَ ضوضاء للتنبؤ بها</translation>
    </message>
    <message>
        <source>DDIM {steps} steps</source>
        <translation>DDIM، {steps} خطوة</translation>
    </message>
    <message>
        <source>DDPM, all T steps</source>
        <translation>DDPM، جميع الخطوات T</translation>
    </message>
    <message>
        <source>DDPM {steps} steps</source>
        <translation>DDPM، {steps} خطوة</translation>
    </message>
    <message>
        <source>Reverse process: from noise to data</source>
        <translation>العملية العكسية: من الضوضاء إلى البيانات</translation>
    </message>
    <message>
        <source>DDIM: no randomness, fewer steps</source>
        <translation>DDIM: بلا عشوائية، خطوات أقل</translation>
    </message>
    <message>
        <source>DDPM: random, all T steps</source>
        <translation>DDPM: عشوائي، جميع الخطوات T</translation>
    </message>
    <message>
        <source>DDPM (Ho et al. 2020) walks back through every one of the T steps and adds a little fresh noise at each. DDIM (Song et al. 2021) adds none, so it can jump over many steps: fewer steps are faster but blurrier. The same seed always starts from the same noise. A change draws new samples at once.</source>
        <translation>يمشي DDPM (Ho et al. 2020) عائدًا عبر كل واحدة من الخطوات T ويضيف قليلًا من الضوضاء الجديدة في كلٍّ منها. أما DDIM (Song et al. 2021) فلا يضيف شيئًا، لذا يستطيع القفز فوق خطوات كثيرة: الخطوات الأقل أسرع لكنها أكثر ضبابية. البذرة نفسها تبدأ دائمًا من الضوضاء نفسها. أي تغيير يسحب عيّنات جديدة فورًا.</translation>
    </message>
    <message>
        <source>Sampler</source>
        <translation>أداة أخذ العيّنات</translation>
    </message>
    <message>
        <source>steps </source>
        <translation>الخطوات </translation>
    </message>
    <message>
        <source>How many denoising steps DDIM takes from t = T to 0 (at most T).</source>
        <translation>عدد خطوات إزالة الضوضاء التي يأخذها DDIM من t = T إلى 0 (T على الأكثر).</translation>
    </message>
    <message>
        <source>DDIM steps</source>
        <translation>خطوات DDIM</translation>
    </message>
    <message>
        <source>seed </source>
        <translation>البذرة </translation>
    </message>
    <message>
        <source>The seed of the starting noise (and of DDPM&apos;s fresh noise). While training, new samples come from this same noise every few seconds: watch it turn into better samples as the model learns.</source>
        <translation>بذرة الضوضاء الابتدائية (وضوضاء DDPM الجديدة). أثناء التدريب تأتي عيّنات جديدة من هذه الضوضاء نفسها كل بضع ثوانٍ: شاهدها تتحول إلى عيّنات أفضل مع تعلم النموذج.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>بذرة أخذ العيّنات</translation>
    </message>
    <message>
        <source>Next seed</source>
        <translation>البذرة التالية</translation>
    </message>
    <message>
        <source>Add one to the seed: new samples from fresh noise.</source>
        <translation>أضف واحدًا إلى البذرة: عيّنات جديدة من ضوضاء جديدة.</translation>
    </message>
    <message>
        <source>New samples come by themselves: at once when the sampler, its steps or the seed change, and while training every few seconds, but never taking more than {share} of the training time.</source>
        <translation>تأتي العيّنات الجديدة من تلقاء نفسها: فورًا حين تتغير أداة أخذ العيّنات أو خطواتها أو البذرة، وكل بضع ثوانٍ أثناء التدريب، لكن دون أن تستهلك أكثر من {share} من وقت التدريب.</translation>
    </message>
    <message>
        <source>paths so far</source>
        <translation>المسارات حتى الآن</translation>
    </message>
    <message>
        <source>denoising direction</source>
        <translation>اتجاه إزالة الضوضاء</translation>
    </message>
    <message>
        <source>guess x̂_0</source>
        <translation>التخمين x̂_0</translation>
    </message>
    <message>
        <source>noise guess ε̂</source>
        <translation>تخمين الضوضاء ε̂</translation>
    </message>
    <message>
        <source>training data</source>
        <translation>بيانات التدريب</translation>
    </message>
    <message>
        <source>Back to frame 0: the pure noise the samples start from.</source>
        <translation>العودة إلى الإطار 0: الضوضاء الخالصة التي تبدأ منها العيّنات.</translation>
    </message>
    <message>
        <source>First frame</source>
        <translation>الإطار الأول</translation>
    </message>
    <message>
        <source>Step back</source>
        <translation>خطوة للخلف</translation>
    </message>
    <message>
        <source>One denoising step back: compare a frame with the one before it.</source>
        <translation>خطوة واحدة للخلف في إزالة الضوضاء: قارن إطارًا بالإطار الذي قبله.</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>تشغيل</translation>
    </message>
    <message>
        <source>Play the denoising from the current frame to the end.</source>
        <translation>شغّل إزالة الضوضاء من الإطار الحالي حتى النهاية.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>خطوة</translation>
    </message>
    <message>
        <source>One denoising step forward.</source>
        <translation>خطوة واحدة للأمام في إزالة الضوضاء.</translation>
    </message>
    <message>
        <source>Jump to the last frame: the finished samples.</source>
        <translation>انتقل إلى الإطار الأخير: العيّنات المكتملة.</translation>
    </message>
    <message>
        <source>Last frame</source>
        <translation>الإطار الأخير</translation>
    </message>
    <message>
        <source>play in </source>
        <translation>التشغيل في </translation>
    </message>
    <message>
        <source> s</source>
        <translation> ث</translation>
    </message>
    <message>
        <source>How long Play takes from pure noise to the finished samples, whatever the number of steps: slower to talk the class through it, faster to see it whole.</source>
        <translation>المدة التي يستغرقها «تشغيل» من الضوضاء الخالصة إلى العيّنات المكتملة، أيًّا كان عدد الخطوات: أبطأ لتشرح للصف أثناءه، وأسرع لتراه كاملًا.</translation>
    </message>
    <message>
        <source>Playing time</source>
        <translation>مدة التشغيل</translation>
    </message>
    <message>
        <source>Drag through the frames of the reverse process, from noise (left) to samples (right).</source>
        <translation>اسحب عبر إطارات العملية العكسية، من الضوضاء (يمينًا) إلى العيّنات (يسارًا).</translation>
    </message>
    <message>
        <source>Frame of the reverse process</source>
        <translation>إطار العملية العكسية</translation>
    </message>
    <message>
        <source>{sampler}: denoising…</source>
        <translation>{sampler}: إزالة الضوضاء…</translation>
    </message>
    <message>
        <source>new samples every {seconds} s while training</source>
        <translation>عيّنات جديدة كل {seconds} ث أثناء التدريب</translation>
    </message>
    <message>
        <source>frame {frame} of {last} · t = {t} · {sampler} · seed {seed} · weights of step {step}</source>
        <translation>الإطار {frame} من {last} · t = {t} · {sampler} · البذرة {seed} · أوزان الخطوة {step}</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>النموذج والبيانات</translation>
    </message>
    <message>
        <source>What the model learns to create. 2-D point clouds show the whole distribution at once; images show the samples. Open or drop a folder of your own images to add it.</source>
        <translation>ما يتعلم النموذج إنشاءه. سحابات النقاط ثنائية الأبعاد تُظهر التوزيع كله في آن واحد؛ والصور تُظهر العيّنات. افتح مجلدًا من صورك الخاصة أو أفلته لإضافته.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the network learns.</source>
        <translation>عدد الأرقام (الأوزان) التي تتعلمها الشبكة.</translation>
    </message>
    <message>
        <source>The sizes this model was built with, &apos;auto&apos; settings filled in.</source>
        <translation>الأحجام التي بُني بها هذا النموذج، مع ملء إعدادات «تلقائي».</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>بُني بإعدادات</translation>
    </message>
    <message>
        <source>Put every setting above back to its default. The model keeps training with its own settings until you press New model.</source>
        <translation>أعد كل إعداد أعلاه إلى قيمته الافتراضية. يواصل النموذج التدرب بإعداداته الخاصة حتى تضغط «نموذج جديد».</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>الأوزان: {count}</translation>
    </message>
    <message>
        <source>width {width} · depth {depth} · batch {batch} · lr {rate}</source>
        <translation>العرض {width} · العمق {depth} · الدفعة {batch} · معدل التعلم {rate}</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the diffusion model made the others, each by denoising pure noise step by step. Click the ones you think are fake, then press Reveal.</source>
        <translation>بعض هذه الصور صور تدريب حقيقية، أما الباقي فصنعه نموذج الانتشار، كلٌّ منها بإزالة الضوضاء من ضوضاء خالصة خطوةً خطوة. انقر الصور التي تظن أنها مزيّفة، ثم اضغط «كشف».</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>حقيقية أم مزيّفة؟</translation>
    </message>
    <message>
        <source>The Diffusion lab learns from a folder of images: open a PNG or JPEG inside it, or drop the folder. {file} is neither.</source>
        <translation>مختبر الانتشار يتعلم من مجلد صور: افتح ملف PNG أو JPEG بداخله، أو أفلت المجلد. {file} ليس أيًّا منهما.</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the model with the reverse process&apos;s sampler and steps. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>اختبار قصير للصف: 16 صورة، بعضها حقيقي وبعضها صنعه النموذج بأداة أخذ العيّنات وخطوات العملية العكسية. يختار الصف المزيّفات، ويُظهر «كشف» الحقيقة والنتيجة.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«حقيقية أم مزيّفة؟» يحتاج إلى صور: اختر مجموعة بيانات صور (الأرقام، MNIST، ...) وابدأ بها نموذجًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>gan</name>
    <message>
        <source>generator (G)</source>
        <translation>المولّد (G)</translation>
    </message>
    <message>
        <source>discriminator (D)</source>
        <translation>المميّز (D)</translation>
    </message>
    <message>
        <source>D(real): on real samples</source>
        <translation>D(حقيقي): على العيّنات الحقيقية</translation>
    </message>
    <message>
        <source>D(fake): on the fakes</source>
        <translation>D(مزيّف): على المزيّفات</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>خطوة التدريب</translation>
    </message>
    <message>
        <source>Losses</source>
        <translation>الخسائر</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>Each player&apos;s loss. D&apos;s loss is low when it tells real from fake; G&apos;s loss is low when it fools D. In a healthy run neither wins for good: the curves wobble around a balance instead of one diving to zero.</source>
        <translation>خسارة كل لاعب. خسارة D منخفضة حين يميّز الحقيقي من المزيّف؛ وخسارة G منخفضة حين يخدع D. في التشغيل السليم لا يفوز أيٌّ منهما نهائيًا: تتذبذب المنحنيات حول توازن بدلًا من هبوط أحدها إلى الصفر.</translation>
    </message>
    <message>
        <source>Losses of the generator and the discriminator</source>
        <translation>خسارتا المولّد والمميّز</translation>
    </message>
    <message>
        <source>Two curves over the training steps: the generator&apos;s loss and the discriminator&apos;s loss.</source>
        <translation>منحنيان عبر خطوات التدريب: خسارة المولّد وخسارة المميّز.</translation>
    </message>
    <message>
        <source>What D says</source>
        <translation>ماذا يقول D</translation>
    </message>
    <message>
        <source>D&apos;s mean output</source>
        <translation>متوسط مُخرج D</translation>
    </message>
    <message>
        <source>The discriminator&apos;s average verdict (1 = sure it is real, 0 = sure it is fake) on real samples and on the generator&apos;s fakes. When G is perfect D can only guess: both lines meet near 0.5 (the dashed line).</source>
        <translation>متوسط حكم المميّز (1 = متأكد أنها حقيقية، 0 = متأكد أنها مزيّفة) على العيّنات الحقيقية وعلى مزيّفات المولّد. حين يكون G مثاليًا لا يستطيع D إلا التخمين: يلتقي الخطّان قرب 0.5 (الخط المتقطع).</translation>
    </message>
    <message>
        <source>The discriminator&apos;s verdicts</source>
        <translation>أحكام المميّز</translation>
    </message>
    <message>
        <source>Two curves over the training steps, from 0 (fake) to 1 (real): the discriminator&apos;s mean output on real samples and on the fakes, with a dashed line at 0.5.</source>
        <translation>منحنيان عبر خطوات التدريب، من 0 (مزيّف) إلى 1 (حقيقي): متوسط مُخرج المميّز على العيّنات الحقيقية وعلى المزيّفات، مع خط متقطع عند 0.5.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise</source>
        <translation>مزيّفات من ضوضاء ثابتة</translation>
    </message>
    <message>
        <source>What the generator makes from 36 noise vectors that never change, so you watch the same fakes sharpen.</source>
        <translation>ما يصنعه المولّد من 36 متجه ضوضاء لا تتغير أبدًا، فتشاهد المزيّفات نفسها تزداد وضوحًا.</translation>
    </message>
    <message>
        <source>Real images</source>
        <translation>صور حقيقية</translation>
    </message>
    <message>
        <source>Real training images, for comparison.</source>
        <translation>صور تدريب حقيقية، للمقارنة.</translation>
    </message>
    <message>
        <source>The first four fakes at earlier steps</source>
        <translation>المزيّفات الأربع الأولى في خطوات سابقة</translation>
    </message>
    <message>
        <source>The first four fixed-noise fakes as the generator made them at step 0 and at recent steps (25, 50, 100, 200, ...).</source>
        <translation>المزيّفات الأربع الأولى ذات الضوضاء الثابتة كما صنعها المولّد عند الخطوة 0 وعند خطوات حديثة (25، 50، 100، 200، ...).</translation>
    </message>
    <message>
        <source>Fakes</source>
        <translation>المزيّفات</translation>
    </message>
    <message>
        <source>A grid of 36 images the generator made from fixed noise.</source>
        <translation>شبكة من 36 صورة صنعها المولّد من ضوضاء ثابتة.</translation>
    </message>
    <message>
        <source>A grid of 36 real training images.</source>
        <translation>شبكة من 36 صورة تدريب حقيقية.</translation>
    </message>
    <message>
        <source>Fakes at earlier steps</source>
        <translation>المزيّفات في خطوات سابقة</translation>
    </message>
    <message>
        <source>The first four fakes at step 0 and at recent steps, left to right, each step captioned.</source>
        <translation>المزيّفات الأربع الأولى عند الخطوة 0 وعند خطوات حديثة، من اليسار إلى اليمين، مع تسمية كل خطوة.</translation>
    </message>
    <message>
        <source>Fakes from fixed noise (step {step})</source>
        <translation>مزيّفات من ضوضاء ثابتة (الخطوة {step})</translation>
    </message>
    <message>
        <source>step {step}</source>
        <translation>الخطوة {step}</translation>
    </message>
    <message>
        <source>The same noise through the updated G</source>
        <translation>الضوضاء نفسها عبر G بعد تحديثه</translation>
    </message>
    <message>
        <source>This batch&apos;s fakes</source>
        <translation>مزيّفات هذه الدفعة</translation>
    </message>
    <message>
        <source>Noise z: one row per fake (orange &lt; 0 &lt; blue)</source>
        <translation>الضوضاء z: صف لكل مزيّفة (برتقالي &lt; 0 &lt; أزرق)</translation>
    </message>
    <message>
        <source>Gradient: blue = brighten, orange = darken</source>
        <translation>التدرج: الأزرق = تفتيح، البرتقالي = تعتيم</translation>
    </message>
    <message>
        <source>This batch&apos;s real images</source>
        <translation>الصور الحقيقية في هذه الدفعة</translation>
    </message>
    <message>
        <source>Real and fake points</source>
        <translation>نقاط حقيقية ومزيّفة</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Blue: real data. Red: the generator&apos;s fakes (always from the same noise, so you watch them move). The background is the discriminator&apos;s verdict on every spot of the plane: blue where it says &apos;real&apos;, orange where it says &apos;fake&apos;, white where it cannot tell.</source>
        <translation>الأزرق: البيانات الحقيقية. الأحمر: مزيّفات المولّد (دائمًا من الضوضاء نفسها، فتشاهدها تتحرك). الخلفية هي حكم المميّز على كل موضع في المستوى: أزرق حيث يقول «حقيقي»، وبرتقالي حيث يقول «مزيّف»، وأبيض حيث لا يستطيع التمييز.</translation>
    </message>
    <message>
        <source>A plane of 2-D points: the real data and the generator&apos;s fakes, over a heat map of the discriminator&apos;s verdict, from fake to real.</source>
        <translation>مستوى من النقاط ثنائية الأبعاد: البيانات الحقيقية ومزيّفات المولّد، فوق خريطة حرارية لحكم المميّز، من مزيّف إلى حقيقي.</translation>
    </message>
    <message>
        <source>D(x): 0 = fake, 1 = real</source>
        <translation>D(x): 0 = مزيّف، 1 = حقيقي</translation>
    </message>
    <message>
        <source>real data</source>
        <translation>البيانات الحقيقية</translation>
    </message>
    <message>
        <source>fakes G(z)</source>
        <translation>المزيّفات G(z)</translation>
    </message>
    <message>
        <source>mode centres</source>
        <translation>مراكز الأنماط</translation>
    </message>
    <message>
        <source>where G&apos;s loss pushes fakes</source>
        <translation>حيث تدفع خسارة G المزيّفات</translation>
    </message>
    <message>
        <source>G&apos;s warped noise grid</source>
        <translation>شبكة الضوضاء المشوّهة لـ G</translation>
    </message>
    <message>
        <source>Your drawing</source>
        <translation>رسمك</translation>
    </message>
    <message>
        <source>Points you draw on the plane with the mouse (tick &apos;Draw your own points&apos;).</source>
        <translation>نقاط ترسمها على المستوى بالفأرة (فعّل «ارسم نقاطك الخاصة»).</translation>
    </message>
    <message>
        <source>A preset sets the options above to show a GAN&apos;s typical behaviour, then trains it.</source>
        <translation>يضبط الإعداد المسبق الخيارات أعلاه لإظهار سلوك نموذجي لشبكة GAN، ثم يدرّبها.</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>النموذج والبيانات</translation>
    </message>
    <message>
        <source>What the generator learns to imitate. Open or drop a folder of PNG/JPEG images to add it here.</source>
        <translation>ما يتعلم المولّد محاكاته. افتح مجلد صور PNG/JPEG أو أفلته هنا لإضافته.</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>تنزيل</translation>
    </message>
    <message>
        <source>Fetch the training files once (10 MB for MNIST, 26 MB for Fashion-MNIST), check their SHA-256 checksums and keep them in your cache folder.</source>
        <translation>نزّل ملفات التدريب مرة واحدة (10 ميغابايت لـ MNIST، و26 ميغابايت لـ Fashion-MNIST)، وتحقق من مجاميعها الاختبارية SHA-256، واحفظها في مجلد ذاكرة التخزين المؤقت.</translation>
    </message>
    <message>
        <source>How many numbers (weights) each network learns.</source>
        <translation>عدد الأرقام (الأوزان) التي تتعلمها كل شبكة.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Every setting back to its default for the chosen data set (the data set stays). The model that is training keeps its settings until you press New GAN.</source>
        <translation>أعد كل إعداد إلى قيمته الافتراضية لمجموعة البيانات المختارة (تبقى مجموعة البيانات). النموذج الجاري تدريبه يحتفظ بإعداداته حتى تضغط «GAN جديدة».</translation>
    </message>
    <message>
        <source>New GAN</source>
        <translation>GAN جديدة</translation>
    </message>
    <message>
        <source>Presets: failure on purpose</source>
        <translation>إعدادات مسبقة: إخفاق متعمَّد</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>المجلد: {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Watch:&lt;/b&gt; {watch}</source>
        <translation>&lt;b&gt;راقب:&lt;/b&gt; {watch}</translation>
    </message>
    <message>
        <source>Press Train (space) to start the duel.</source>
        <translation>اضغط «تدريب» (مسافة) لبدء المبارزة.</translation>
    </message>
    <message>
        <source>1 D update</source>
        <translation>تحديث واحد لـ D</translation>
    </message>
    <message>
        <source>{count} D updates</source>
        <translation>{count} من تحديثات D</translation>
    </message>
    <message>
        <source>1 G update</source>
        <translation>تحديث واحد لـ G</translation>
    </message>
    <message>
        <source>{count} G updates</source>
        <translation>{count} من تحديثات G</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates}</source>
        <translation>الخطوة {step}: {d_updates}، {g_updates}</translation>
    </message>
    <message>
        <source>step {step}: {d_updates}, {g_updates} (by hand, outside the steps: {by_hand_d} D, {by_hand_g} G)</source>
        <translation>الخطوة {step}: {d_updates}، {g_updates} (يدويًا، خارج الخطوات: {by_hand_d} لـ D، {by_hand_g} لـ G)</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the generator made the others. Click the ones you think are fake, then press Reveal: the class plays the discriminator.</source>
        <translation>بعض هذه الصور صور تدريب حقيقية، أما الباقي فصنعه المولّد. انقر الصور التي تظن أنها مزيّفة، ثم اضغط «كشف»: الصف يؤدي دور المميّز.</translation>
    </message>
    <message>
        <source>Gradient arrows</source>
        <translation>أسهم التدرج</translation>
    </message>
    <message>
        <source>For 200 of the fakes: the direction the generator&apos;s loss pushes each one, i.e. the way it must move to look more real to D right now.</source>
        <translation>لـ 200 من المزيّفات: الاتجاه الذي تدفع خسارة المولّد كلًّا منها نحوه، أي الطريق الذي يجب أن تتحرك فيه لتبدو أكثر واقعية لـ D الآن.</translation>
    </message>
    <message>
        <source>Warped grid</source>
        <translation>الشبكة المشوّهة</translation>
    </message>
    <message>
        <source>A square grid of noise vectors (the first two noise numbers) sent through G: how the generator stretches and folds its noise onto the data.</source>
        <translation>شبكة مربعة من متجهات الضوضاء (أول رقمين من الضوضاء) مُرّرت عبر G: كيف يمطّ المولّد ضوضاءه ويطويها على البيانات.</translation>
    </message>
    <message>
        <source>Draw your own points</source>
        <translation>ارسم نقاطك الخاصة</translation>
    </message>
    <message>
        <source>Click and drag on the plane to spray points; then press &apos;Train on my drawing&apos;.</source>
        <translation>انقر واسحب على المستوى لرشّ النقاط؛ ثم اضغط «درّب على رسمي».</translation>
    </message>
    <message>
        <source>Clear drawing</source>
        <translation>مسح الرسم</translation>
    </message>
    <message>
        <source>Remove the points you drew.</source>
        <translation>أزل النقاط التي رسمتها.</translation>
    </message>
    <message>
        <source>Train on my drawing</source>
        <translation>درّب على رسمي</translation>
    </message>
    <message>
        <source>Start a new GAN that learns to imitate the points you drew, and train it.</source>
        <translation>ابدأ GAN جديدة تتعلم محاكاة النقاط التي رسمتها، ودرّبها.</translation>
    </message>
    <message>
        <source>Train D once</source>
        <translation>درّب D مرة واحدة</translation>
    </message>
    <message>
        <source>One discriminator update and nothing else: watch the heat map sharpen against the current fakes while they stay where they are.</source>
        <translation>تحديث واحد للمميّز ولا شيء غيره: شاهد الخريطة الحرارية تزداد حدّةً أمام المزيّفات الحالية بينما تبقى هي في مكانها.</translation>
    </message>
    <message>
        <source>Train G once</source>
        <translation>درّب G مرة واحدة</translation>
    </message>
    <message>
        <source>One generator update and nothing else: the fakes move along their arrows, towards where D currently says &apos;real&apos;.</source>
        <translation>تحديث واحد للمولّد ولا شيء غيره: تتحرك المزيّفات على طول أسهمها، نحو حيث يقول D حاليًا «حقيقي».</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>حقيقية أم مزيّفة؟</translation>
    </message>
    <message>
        <source>What the last single update did.</source>
        <translation>ما فعله آخر تحديث منفرد.</translation>
    </message>
    <message>
        <source>D(real), D(fake): the discriminator&apos;s average verdict on real and fake samples. For the Gaussian mixtures: how many modes the fakes cover, and the share of fakes within three standard deviations of a mode centre.</source>
        <translation>D(حقيقي)، D(مزيّف): متوسط حكم المميّز على العيّنات الحقيقية والمزيّفة. لخلائط التوزيعات الغاوسية: عدد الأنماط التي تغطيها المزيّفات، ونسبة المزيّفات الواقعة ضمن ثلاثة انحرافات معيارية من مركز نمط.</translation>
    </message>
    <message>
        <source>What the lab sees going wrong, from the last 1,000 updates. Unstable: the losses jump about (learning rates too high). The discriminator has won: it tells real from fake so surely that G&apos;s loss stops moving. Mode collapse: the generator found a few outputs that fool D and makes only those.</source>
        <translation>ما يرى المختبر أنه يسير على نحو خاطئ، من آخر 1,000 تحديث. غير مستقر: تقفز الخسائر (معدلات تعلم مرتفعة جدًا). فاز المميّز: يميّز الحقيقي من المزيّف بيقين يجعل خسارة G تتوقف عن التحرك. انهيار الأنماط: وجد المولّد بضعة مُخرجات تخدع D ولا يصنع سواها.</translation>
    </message>
    <message>
        <source>One player at a time</source>
        <translation>لاعب واحد في كل مرة</translation>
    </message>
    <message>
        <source>D trained once: its loss {loss:.3f}, D(real) {real:.2f}, D(fake) {fake:.2f}.</source>
        <translation>دُرّب D مرة واحدة: خسارته {loss:.3f}، D(حقيقي) {real:.2f}، D(مزيّف) {fake:.2f}.</translation>
    </message>
    <message>
        <source>G trained once: its loss {loss:.3f}.</source>
        <translation>دُرّب G مرة واحدة: خسارته {loss:.3f}.</translation>
    </message>
    <message>
        <source>{file} was trained on data this lab cannot find: {error}</source>
        <translation>دُرّب {file} على بيانات لا يجدها هذا المختبر: {error}</translation>
    </message>
    <message>
        <source>{file} was trained on points drawn by hand, but the file does not hold them.</source>
        <translation>دُرّب {file} على نقاط مرسومة باليد، لكن الملف لا يحتويها.</translation>
    </message>
    <message>
        <source>Folder: {name} ({count} images)</source>
        <translation>المجلد: {name} (الصور: {count})</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some made by the generator. The class picks the fakes; Reveal shows the truth, the score, and what the discriminator said about each one.</source>
        <translation>اختبار قصير للصف: 16 صورة، بعضها حقيقي وبعضها صنعه المولّد. يختار الصف المزيّفات، ويُظهر «كشف» الحقيقة والنتيجة وما قاله المميّز عن كل صورة.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«حقيقية أم مزيّفة؟» يحتاج إلى صور: اختر مجموعة بيانات صور (الأرقام، MNIST، ...) وابدأ بها نموذجًا جديدًا.</translation>
    </message>
    <message>
        <source>G {g} + D {d} weights</source>
        <translation>الأوزان: G {g} + D {d}</translation>
    </message>
    <message>
        <source>D(real) {real:.2f} · D(fake) {fake:.2f}</source>
        <translation>D(حقيقي) {real:.2f} · D(مزيّف) {fake:.2f}</translation>
    </message>
    <message>
        <source>modes covered: {covered} of {modes} · {near:.0%} of fakes near a mode</source>
        <translation>الأنماط المغطّاة: {covered} من {modes} · {near:.0%} من المزيّفات قرب نمط</translation>
    </message>
    <message>
        <source>Train on my drawing ({count} points)</source>
        <translation>درّب على رسمي (النقاط: {count})</translation>
    </message>
    <message>
        <source>Press Slow-motion update to watch one update of the duel in slow motion.</source>
        <translation>اضغط «تحديث بالحركة البطيئة» لمشاهدة تحديث واحد من المبارزة بالحركة البطيئة.</translation>
    </message>
    <message>
        <source>Slow motion: one update</source>
        <translation>الحركة البطيئة: تحديث واحد</translation>
    </message>
    <message>
        <source>Replays one real training update in its six sub-steps. Pause training first for the clearest picture.</source>
        <translation>يعيد عرض تحديث تدريب حقيقي واحد في خطواته الفرعية الست. أوقف التدريب مؤقتًا أولًا للحصول على أوضح صورة.</translation>
    </message>
    <message>
        <source>Slow-motion update</source>
        <translation>تحديث بالحركة البطيئة</translation>
    </message>
    <message>
        <source>Do one real update (one D step, one G step) and replay it sub-step by sub-step on the picture.</source>
        <translation>نفّذ تحديثًا حقيقيًا واحدًا (خطوة D واحدة، وخطوة G واحدة) وأعد عرضه خطوةً فرعيةً تلو الأخرى على الصورة.</translation>
    </message>
    <message>
        <source>Next sub-step ▶</source>
        <translation>الخطوة الفرعية التالية ◀</translation>
    </message>
    <message>
        <source>Go on to the next sub-step.</source>
        <translation>انتقل إلى الخطوة الفرعية التالية.</translation>
    </message>
    <message>
        <source>Back to live</source>
        <translation>العودة إلى المباشر</translation>
    </message>
    <message>
        <source>Leave the slow motion and show the live training again.</source>
        <translation>اترك الحركة البطيئة واعرض التدريب المباشر مجددًا.</translation>
    </message>
    <message>
        <source>Auto-play every</source>
        <translation>تشغيل تلقائي كل</translation>
    </message>
    <message>
        <source>Move on by itself after the pause on the right; untick to go on with Next.</source>
        <translation>تابع من تلقاء نفسه بعد المهلة المحددة بجانبه؛ ألغِ التحديد لتتابع بزر «الخطوة الفرعية التالية».</translation>
    </message>
    <message>
        <source> s</source>
        <comment>seconds</comment>
        <translation> ث</translation>
    </message>
    <message>
        <source>How long each sub-step stays on screen in auto-play.</source>
        <translation>المدة التي تبقى فيها كل خطوة فرعية على الشاشة في التشغيل التلقائي.</translation>
    </message>
</context>
<context>
    <name>lab</name>
    <message>
        <source>Compare</source>
        <translation>المقارنة</translation>
    </message>
    <message>
        <source>Every family on the same data at once, side by side: their samples, how each makes one, a results table measured live, and Is it a copy?</source>
        <translation>كل العائلات على البيانات نفسها في آن واحد، جنبًا إلى جنب: عيّناتها، وكيف تصنع كلٌّ منها عيّنة، وجدول نتائج يُقاس مباشرةً، و«هل هي نسخة؟»</translation>
    </message>
    <message>
        <source>Diffusion</source>
        <translation>الانتشار</translation>
    </message>
    <message>
        <source>Diffusion: a network learns to remove noise a little at a time, then makes new data by denoising pure noise step by step.</source>
        <translation>الانتشار: تتعلم شبكةٌ إزالة الضوضاء قليلًا في كل مرة، ثم تصنع بيانات جديدة بإزالة الضوضاء من ضوضاء خالصة خطوة بخطوة.</translation>
    </message>
    <message>
        <source>GAN</source>
        <translation>GAN</translation>
    </message>
    <message>
        <source>Generative adversarial network: a generator learns to fool a discriminator that learns to tell its fakes from real data.</source>
        <translation>الشبكة التوليدية التنافسية: يتعلم مولّدٌ أن يخدع مميّزًا يتعلم بدوره تمييز مزيّفاته من البيانات الحقيقية.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open {file}.</source>
        <translation>مختبر {lab} لا يستطيع فتح {file}.</translation>
    </message>
    <message>
        <source>The {lab} lab cannot open model files yet.</source>
        <translation>مختبر {lab} لا يستطيع فتح ملفات النماذج بعد.</translation>
    </message>
    <message>
        <source>This panel has no curves to save yet.</source>
        <translation>لا توجد في هذه اللوحة منحنيات لحفظها بعد.</translation>
    </message>
    <message>
        <source>curve</source>
        <translation>المنحنى</translation>
    </message>
    <message>
        <source>Save picture…</source>
        <translation>حفظ صورة…</translation>
    </message>
    <message>
        <source>Save this panel as a PNG image at {scale}x its size on screen, sharp on a slide.</source>
        <translation>احفظ هذه اللوحة كصورة PNG بمقدار {scale}x من حجمها على الشاشة، واضحةً على الشريحة.</translation>
    </message>
    <message>
        <source>Save curves as CSV…</source>
        <translation>حفظ المنحنيات بصيغة CSV…</translation>
    </message>
    <message>
        <source>Save the points of this panel&apos;s curves as a table (curve, step, value) for a spreadsheet.</source>
        <translation>احفظ نقاط منحنيات هذه اللوحة كجدول (المنحنى، الخطوة، القيمة) لبرنامج جداول البيانات.</translation>
    </message>
    <message>
        <source>Record the timeline…</source>
        <translation>تسجيل الخط الزمني…</translation>
    </message>
    <message>
        <source>Save this panel at every step the lab kept, as an animated GIF (or MP4) for a slide: how the model learnt.</source>
        <translation>احفظ هذه اللوحة عند كل خطوة احتفظ بها المختبر، كصورة GIF متحركة (أو MP4) لشريحة: كيف تعلّم النموذج.</translation>
    </message>
    <message>
        <source>Record the timeline</source>
        <translation>تسجيل الخط الزمني</translation>
    </message>
    <message>
        <source>Animations (*.gif *.mp4)</source>
        <translation>رسوم متحركة (*.gif *.mp4)</translation>
    </message>
    <message>
        <source>Save the panel as a picture</source>
        <translation>حفظ اللوحة كصورة</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>Save the curves as a table</source>
        <translation>حفظ المنحنيات كجدول</translation>
    </message>
    <message>
        <source>CSV tables (*.csv)</source>
        <translation>جداول CSV (*.csv)</translation>
    </message>
    <message>
        <source>Pixels</source>
        <translation>البكسلات</translation>
    </message>
    <message>
        <source>Autoregressive images: the Text lab&apos;s GPT draws an image one pixel at a time, as if writing a sentence.</source>
        <translation>صور انحدارية ذاتية: يرسم GPT الخاص بمختبر النص صورةً بكسلًا بكسلًا، كأنه يكتب جملة.</translation>
    </message>
    <message>
        <source>Text (GPT)</source>
        <translation>النص (GPT)</translation>
    </message>
    <message>
        <source>Autoregressive text: a tiny GPT learns to predict the next token.</source>
        <translation>نص انحداري ذاتي: يتعلم GPT صغير التنبؤ بالرمز التالي.</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>الخط الزمني</translation>
    </message>
    <message>
        <source>The steps this model kept while it trained: every step at first, then ever further apart. The blue line is the training loss at each; the red line is the quantity named beside it, measured at each kept step.</source>
        <translation>الخطوات التي احتفظ بها هذا النموذج أثناء تدريبه: كل خطوة في البداية، ثم بفواصل تتّسع شيئًا فشيئًا. الخط الأزرق هو خسارة التدريب عند كل منها، والخط الأحمر هو الكمية المذكورة بجانبه، مقيسةً عند كل خطوة محفوظة.</translation>
    </message>
    <message>
        <source>Drag back (or press the arrow keys) to see every picture of the lab as it was at that step; training goes on meanwhile. The right end (End key) is now.</source>
        <translation>اسحب إلى الوراء (أو اضغط مفاتيح الأسهم) لترى كل صورة في المختبر كما كانت عند تلك الخطوة؛ ويستمر التدريب في الأثناء. الطرف الأيسر (مفتاح End) هو الآن.</translation>
    </message>
    <message>
        <source>One quantity measured at every kept step, drawn as the red line on the timeline: watch for the moment the model gets it. In the Text lab, probe a word to follow its probability.</source>
        <translation>كمية واحدة تُقاس عند كل خطوة محفوظة، وتُرسم خطًا أحمر على الخط الزمني: راقب اللحظة التي يتقنها فيها النموذج. في مختبر النص، افحص كلمة لتتبّع احتمالها.</translation>
    </message>
    <message>
        <source>Which step the pictures show.</source>
        <translation>أي خطوة تعرضها الصور.</translation>
    </message>
    <message>
        <source>Go live</source>
        <translation>العودة إلى الآن</translation>
    </message>
    <message>
        <source>Back to the model as it is now (End).</source>
        <translation>العودة إلى النموذج كما هو الآن (End).</translation>
    </message>
    <message>
        <source>Train from here</source>
        <translation>درّب من هنا</translation>
    </message>
    <message>
        <source>Start training again from the step shown: what the model learnt after it is forgotten.</source>
        <translation>ابدأ التدريب من جديد من الخطوة المعروضة: يُنسى ما تعلمه النموذج بعدها.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past, while training goes on. Press End to go live.</source>
        <translation>تعرض الصور الخطوة {step:,} من {live:,}: الماضي، بينما يستمر التدريب. اضغط End للعودة إلى الآن.</translation>
    </message>
    <message>
        <source>The pictures show step {step:,} of {live:,}: the past. Press End to go live.</source>
        <translation>تعرض الصور الخطوة {step:,} من {live:,}: الماضي. اضغط End للعودة إلى الآن.</translation>
    </message>
    <message>
        <source>{name}: {value}</source>
        <translation>{name}: {value}</translation>
    </message>
    <message>
        <source>step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>خسارة التدريب</translation>
    </message>
    <message>
        <source>Save the timeline as CSV…</source>
        <translation>حفظ الخط الزمني بصيغة CSV…</translation>
    </message>
    <message>
        <source>Save the timeline as a table</source>
        <translation>حفظ الخط الزمني كجدول</translation>
    </message>
    <message>
        <source>Full speed</source>
        <translation>السرعة القصوى</translation>
    </message>
    <message>
        <source>100 steps/s</source>
        <translation>100 خطوة/ث</translation>
    </message>
    <message>
        <source>30 steps/s</source>
        <translation>30 خطوة/ث</translation>
    </message>
    <message>
        <source>10 steps/s</source>
        <translation>10 خطوات/ث</translation>
    </message>
    <message>
        <source>3 steps/s</source>
        <translation>3 خطوات/ث</translation>
    </message>
    <message>
        <source>1 step/s</source>
        <translation>1 خطوة/ث</translation>
    </message>
    <message>
        <source>Train</source>
        <translation>تدريب</translation>
    </message>
    <message>
        <source>Train (Space): repeat training steps until paused. Each step shows the model a small batch of examples, measures its error (the loss) and nudges every weight to make it smaller.</source>
        <translation>تدريب (مسافة): كرّر خطوات التدريب حتى الإيقاف المؤقت. كل خطوة تُري النموذج دفعة صغيرة من الأمثلة، وتقيس خطأه (الخسارة)، وتعدّل كل وزن قليلًا لتجعله أصغر.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>خطوة</translation>
    </message>
    <message>
        <source>Step (Right arrow): exactly one training step, then pause, so you can see what one update changes.</source>
        <translation>خطوة (السهم الأيمن): خطوة تدريب واحدة بالضبط، ثم إيقاف مؤقت، لترى ما يغيّره تحديث واحد.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>إعادة تعيين</translation>
    </message>
    <message>
        <source>Reset (Ctrl+R): throw the trained weights away and start again from random ones, with the current settings and seed.</source>
        <translation>إعادة تعيين (Ctrl+R): تخلَّص من الأوزان المدرّبة وابدأ من جديد بأوزان عشوائية، بالإعدادات والبذرة الحالية.</translation>
    </message>
    <message>
        <source>Slow training down to watch the model change step by step.</source>
        <translation>أبطئ التدريب لمشاهدة النموذج يتغير خطوة بخطوة.</translation>
    </message>
    <message>
        <source>Training speed</source>
        <translation>سرعة التدريب</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>السرعة:</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>VAE</source>
        <translation>VAE</translation>
    </message>
    <message>
        <source>Variational autoencoder: squeeze each example into a few numbers, decode it back, and walk the space of codes.</source>
        <translation>المشفّر التلقائي المتغيّر: اضغط كل مثال في بضعة أرقام، وفكّ تشفيره مجددًا، وتجوّل في فضاء الشفرات.</translation>
    </message>
    <message>
        <source>The model that is training was built with the earlier settings. A new model starts from random weights with the settings shown here.</source>
        <translation>النموذج الجاري تدريبه بُني بالإعدادات السابقة. النموذج الجديد يبدأ من أوزان عشوائية بالإعدادات المعروضة هنا.</translation>
    </message>
    <message>
        <source>1 change: press {button} to apply</source>
        <translation>تغيير واحد: اضغط «{button}» للتطبيق</translation>
    </message>
    <message>
        <source>{count} changes: press {button} to apply</source>
        <translation>التغييرات: {count}؛ اضغط «{button}» للتطبيق</translation>
    </message>
    <message>
        <source>New model</source>
        <translation>نموذج جديد</translation>
    </message>
    <message>
        <source>{new} with these settings</source>
        <translation>{new} بهذه الإعدادات</translation>
    </message>
    <message>
        <source>Start again from random weights with the settings above (same as Reset).</source>
        <translation>ابدأ من جديد بأوزان عشوائية بالإعدادات أعلاه (مثل «إعادة تعيين»).</translation>
    </message>
    <message>
        <source>Back to default settings</source>
        <translation>العودة إلى الإعدادات الافتراضية</translation>
    </message>
    <message>
        <source>Folder: {name}</source>
        <translation>المجلد: {name}</translation>
    </message>
    <message>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>validation (held out)</source>
        <translation>التحقق (محجوزة)</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>training step</source>
        <translation>خطوة التدريب</translation>
    </message>
    <message>
        <source>loss (cross-entropy, nats)</source>
        <translation>الخسارة (الإنتروبيا المتقاطعة، نات)</translation>
    </message>
    <message>
        <source>{curve} (smoothed)</source>
        <translation>{curve} (ممهّد)</translation>
    </message>
    <message>
        <source>Image {number}</source>
        <translation>الصورة {number}</translation>
    </message>
    <message>
        <source>Click if you think the model made this image; click again to take it back.</source>
        <translation>انقر إن كنت تظن أن النموذج صنع هذه الصورة، وانقر مجددًا للتراجع.</translation>
    </message>
    <message>
        <source>FAKE</source>
        <translation>مزيّفة</translation>
    </message>
    <message>
        <source>REAL</source>
        <translation>حقيقية</translation>
    </message>
    <message>
        <source>fake?</source>
        <translation>مزيّفة؟</translation>
    </message>
    <message>
        <source>✓ found</source>
        <translation>✓ اكتُشفت</translation>
    </message>
    <message>
        <source>✗ missed</source>
        <translation>✗ فاتتكم</translation>
    </message>
    <message>
        <source>✗ not a fake</source>
        <translation>✗ ليست مزيّفة</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ صحيح</translation>
    </message>
    <message>
        <source>D: {real:.2f} real</source>
        <translation>D: {real:.2f} حقيقية</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>حقيقية أم مزيّفة؟</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>كشف</translation>
    </message>
    <message>
        <source>Show which images are fake, how many the class found, and what the model&apos;s own judge said.</source>
        <translation>أظهِر أيّ الصور مزيّفة، وكم منها اكتشف الصف، وما قاله حَكَم النموذج نفسه.</translation>
    </message>
    <message>
        <source>Show which images are fake and how many the class found.</source>
        <translation>أظهِر أيّ الصور مزيّفة وكم منها اكتشف الصف.</translation>
    </message>
    <message>
        <source>New round</source>
        <translation>جولة جديدة</translation>
    </message>
    <message>
        <source>Another 16 images, from the model as it is now (or at the step the timeline shows).</source>
        <translation>16 صورة أخرى، من النموذج كما هو الآن (أو عند الخطوة التي يعرضها الخط الزمني).</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Back to the lab&apos;s pictures.</source>
        <translation>العودة إلى صور المختبر.</translation>
    </message>
    <message>
        <source>You found {found} of {fakes} fakes.</source>
        <translation>المزيّفات التي اكتشفتموها: {found} من {fakes}.</translation>
    </message>
    <message>
        <source>No real image was taken for a fake.</source>
        <translation>لم تُحسب أي صورة حقيقية مزيّفةً.</translation>
    </message>
    <message>
        <source>1 real image was taken for a fake.</source>
        <translation>حُسبت صورة حقيقية واحدة مزيّفةً.</translation>
    </message>
    <message>
        <source>{count} real images were taken for fakes.</source>
        <translation>صور حقيقية حُسبت مزيّفةً: {count}.</translation>
    </message>
    <message>
        <source>The class judged {right} of {total} images correctly.</source>
        <translation>أصاب الصف في {right} من أصل {total} صورة.</translation>
    </message>
    <message>
        <source>The fakes came from the model at step {step}.</source>
        <translation>جاءت المزيّفات من النموذج عند الخطوة {step}.</translation>
    </message>
    <message>
        <source>The discriminator (step {step}) judged {right} of {total} correctly: it calls an image real above 0.5.</source>
        <translation>أصاب المميّز (الخطوة {step}) في {right} من أصل {total}: يعدّ الصورة حقيقية إذا تجاوز حكمه 0.5.</translation>
    </message>
    <message>
        <source>The class beat the discriminator.</source>
        <translation>تفوّق الصف على المميّز.</translation>
    </message>
    <message>
        <source>The discriminator beat the class.</source>
        <translation>تفوّق المميّز على الصف.</translation>
    </message>
    <message>
        <source>The class and the discriminator tie.</source>
        <translation>تعادل الصف والمميّز.</translation>
    </message>
    <message>
        <source>Picked as fake: {count} of {total}. Press Reveal when the class has decided.</source>
        <translation>المختارة كمزيّفة: {count} من {total}. اضغط «كشف» حين يحسم الصف قراره.</translation>
    </message>
    <message>
        <source>Double-click to enlarge this panel; Esc brings every panel back.</source>
        <translation>انقر نقرًا مزدوجًا لتكبير هذه اللوحة، ويعيد Esc كل اللوحات.</translation>
    </message>
    <message>
        <source>Saving the model and its timeline…</source>
        <translation>جارٍ حفظ النموذج وخطه الزمني…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Drawing each kept step of the timeline…</source>
        <translation>جارٍ رسم كل خطوة محفوظة من الخط الزمني…</translation>
    </message>
    <message>
        <source>Writing the frames to {file}…</source>
        <translation>جارٍ كتابة الإطارات في {file}…</translation>
    </message>
    <message>
        <source>Recording cancelled: nothing was written.</source>
        <translation>أُلغي التسجيل: لم يُكتب شيء.</translation>
    </message>
    <message>
        <source>Saved the recording to {path}.</source>
        <translation>حُفظ التسجيل في {path}.</translation>
    </message>
    <message>
        <source>The recording failed.</source>
        <translation>فشل التسجيل.</translation>
    </message>
</context>
<context>
    <name>lesson</name>
    <message>
        <source>The lesson&apos;s title.</source>
        <translation>عنوان الدرس.</translation>
    </message>
    <message>
        <source>Which step of the lesson this is. PageDown and PageUp (a presentation clicker&apos;s keys) go to the next and previous step.</source>
        <translation>أي خطوة من الدرس هذه. ينتقل PageDown وPageUp (مفتاحا جهاز التحكم بالعرض التقديمي) إلى الخطوة التالية والسابقة.</translation>
    </message>
    <message>
        <source>What the teacher wants the class to look at, or to predict, in this step.</source>
        <translation>ما يريد المعلّم أن ينظر إليه الصف، أو يتنبأ به، في هذه الخطوة.</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>▶ السابق</translation>
    </message>
    <message>
        <source>The previous step of the lesson (PageUp).</source>
        <translation>الخطوة السابقة من الدرس (PageUp).</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>التالي ◀</translation>
    </message>
    <message>
        <source>The next step of the lesson (PageDown).</source>
        <translation>الخطوة التالية من الدرس (PageDown).</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>إغلاق الدرس</translation>
    </message>
    <message>
        <source>Close the lesson: every control it hid comes back; the labs keep its models.</source>
        <translation>أغلق الدرس: يعود كل عنصر تحكم أخفاه؛ وتحتفظ المختبرات بنماذجه.</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>الخطوة {number} من {count}</translation>
    </message>
    <message>
        <source>The screen is blank: press any key to bring the lesson back.</source>
        <translation>الشاشة فارغة: اضغط أي مفتاح لإعادة الدرس.</translation>
    </message>
    <message>
        <source>Blank screen</source>
        <translation>شاشة فارغة</translation>
    </message>
    <message>
        <source>The settings column</source>
        <translation>عمود الإعدادات</translation>
    </message>
    <message>
        <source>The Train, Step and Reset bar</source>
        <translation>شريط «تدريب» و«خطوة» و«إعادة تعيين»</translation>
    </message>
    <message>
        <source>The timeline slider</source>
        <translation>منزلق الخط الزمني</translation>
    </message>
    <message>
        <source>The lab tabs</source>
        <translation>علامات تبويب المختبرات</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>حفظ الدرس</translation>
    </message>
    <message>
        <source>For example: From noise to digits</source>
        <translation>مثال: من الضوضاء إلى الأرقام</translation>
    </message>
    <message>
        <source>Hide from the class</source>
        <translation>إخفاء عن الصف</translation>
    </message>
    <message>
        <source>Ticked controls stay hidden while the lesson is open, in presenter mode too, and come back when it is closed.</source>
        <translation>تبقى عناصر التحكم المحدَّدة مخفية ما دام الدرس مفتوحًا، في وضع العرض التقديمي أيضًا، وتعود عند إغلاقه.</translation>
    </message>
    <message>
        <source>The lesson&apos;s title, as the class will see it:</source>
        <translation>عنوان الدرس كما سيراه الصف:</translation>
    </message>
    <message>
        <source>Train a model first: a lesson holds the labs&apos; trained models, and none has trained yet.</source>
        <translation>درّب نموذجًا أولًا: يحتوي الدرس على النماذج المدرّبة في المختبرات، ولم يُدرَّب أيٌّ منها بعد.</translation>
    </message>
</context>
<context>
    <name>pixels</name>
    <message>
        <source>The image so far</source>
        <translation>الصورة حتى الآن</translation>
    </message>
    <message>
        <source>The model draws the image one pixel at a time, row by row from the top left, each from its guess given every pixel before it. The framed pixel is the one it guesses now; the pale blue check marks pixels not drawn yet.</source>
        <translation>يرسم النموذج الصورة بكسلًا بكسلًا، صفًّا صفًّا بدءًا من أعلى اليسار، وكلٌّ منها من تخمينه بناءً على كل البكسلات التي قبله. البكسل المؤطَّر هو الذي يخمّنه الآن؛ ويُعلّم النقش المربّع الأزرق الباهت البكسلات التي لم تُرسم بعد.</translation>
    </message>
    <message>
        <source>The image being drawn pixel by pixel: the pixels drawn so far in grey, the ones still to come in a pale blue check, and a frame around the pixel the model guesses next.</source>
        <translation>الصورة التي تُرسم بكسلًا بكسلًا: البكسلات المرسومة حتى الآن بالرمادي، والتي لم تأتِ بعد بنقش مربّع أزرق باهت، وإطار حول البكسل الذي سيخمّنه النموذج تاليًا.</translation>
    </message>
    <message>
        <source>Train the model to see its guess for the next pixel.</source>
        <translation>درّب النموذج لترى تخمينه للبكسل التالي.</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the grey level of the next pixel, given every pixel drawn before it. Each bar stands on a swatch of its grey. Pale bars: the model&apos;s own probabilities; solid bars: after the temperature. Click a bar to force that grey for the next pixel.</source>
        <translation>تخمين النموذج لمستوى رمادي البكسل التالي، بناءً على كل بكسل رُسم قبله. يقف كل عمود على مربع من لونه الرمادي. الأعمدة الباهتة: احتمالات النموذج نفسه؛ الأعمدة المصمتة: بعد درجة الحرارة. انقر عمودًا لفرض ذلك الرمادي على البكسل التالي.</translation>
    </message>
    <message>
        <source>Next pixel: the model&apos;s probabilities</source>
        <translation>البكسل التالي: احتمالات النموذج</translation>
    </message>
    <message>
        <source>A bar chart with one bar per grey level, black on the left to the lightest on the right: how probable the model finds each grey for the next pixel, before and after the temperature.</source>
        <translation>مخطط أعمدة بعمود لكل مستوى رمادي، من الأسود على اليسار إلى الأفتح على اليمين: مدى احتمال كل رمادي للبكسل التالي في نظر النموذج، قبل درجة الحرارة وبعدها.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>after temperature</source>
        <translation>بعد درجة الحرارة</translation>
    </message>
    <message>
        <source>· grey level under each bar</source>
        <translation>· المستوى الرمادي تحت كل عمود</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>النموذج والبيانات</translation>
    </message>
    <message>
        <source>The images the model learns to draw, one pixel at a time. Open or drop a folder of images to add it here; colour images are read in grey.</source>
        <translation>الصور التي يتعلم النموذج رسمها، بكسلًا بكسلًا. افتح مجلد صور أو أفلته هنا لإضافته؛ تُقرأ الصور الملوّنة بالرمادي.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns, and its vocabulary: one token per grey level, and one that starts every image.</source>
        <translation>عدد الأرقام (الأوزان) التي يتعلمها النموذج، ومفرداته: رمز واحد لكل مستوى رمادي، ورمز تبدأ به كل صورة.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>أعد كل إعداد أعلاه إلى قيمته الافتراضية؛ ثم يبنيه «نموذج جديد».</translation>
    </message>
    <message>
        <source>Samples (seed 0)</source>
        <translation>العيّنات (البذرة 0)</translation>
    </message>
    <message>
        <source>Images the model draws, pixel by pixel, from the same random numbers every time (seed 0): while it trains, watch the same samples turn from noise into digits.</source>
        <translation>صور يرسمها النموذج، بكسلًا بكسلًا، من الأرقام العشوائية نفسها في كل مرة (البذرة 0): أثناء تدربه، شاهد العيّنات نفسها تتحول من ضوضاء إلى أرقام.</translation>
    </message>
    <message>
        <source>A grid of images the model draws from the same random numbers every time.</source>
        <translation>شبكة من الصور يرسمها النموذج من الأرقام العشوائية نفسها في كل مرة.</translation>
    </message>
    <message>
        <source>training</source>
        <translation>التدريب</translation>
    </message>
    <message>
        <source>guessing every grey equally</source>
        <translation>تخمين كل رمادي بالتساوي</translation>
    </message>
    <message>
        <source>Loss (nats per pixel)</source>
        <translation>الخسارة (نات لكل بكسل)</translation>
    </message>
    <message>
        <source>nats per pixel</source>
        <translation>نات لكل بكسل</translation>
    </message>
    <message>
        <source>Cross-entropy: how surprised the model is by each true pixel of the training images, given the pixels before it, as the Text lab&apos;s loss is for the next token. The grey line is a model that gives every grey level the same probability: log(levels) nats, 2.83 for 17 levels.</source>
        <translation>الإنتروبيا المتقاطعة: مقدار مفاجأة النموذج بكل بكسل حقيقي من صور التدريب، بمعلومية البكسلات التي قبله، كما هي خسارة مختبر النص للرمز التالي. الخط الرمادي هو نموذج يعطي كل مستوى رمادي الاحتمال نفسه: log(عدد المستويات) نات، أي 2.83 لـ 17 مستوى.</translation>
    </message>
    <message>
        <source>A line chart of the training loss against the training step, beside the flat loss of guessing every grey level equally.</source>
        <translation>مخطط خطي لخسارة التدريب مقابل خطوة التدريب، بجانب الخسارة الثابتة لتخمين كل مستوى رمادي بالتساوي.</translation>
    </message>
    <message>
        <source>Some of these images are real training images, in the model&apos;s grey levels; the model drew the others pixel by pixel. Click the ones you think are fake, then press Reveal.</source>
        <translation>بعض هذه الصور صور تدريب حقيقية، بمستويات الرمادي الخاصة بالنموذج، أما الباقي فرسمه النموذج بكسلًا بكسلًا. انقر الصور التي تظن أنها مزيّفة، ثم اضغط «كشف».</translation>
    </message>
    <message>
        <source>Drawing pixel by pixel</source>
        <translation>الرسم بكسلًا بكسلًا</translation>
    </message>
    <message>
        <source>Divides the model&apos;s scores before they become probabilities: below 1 the favourite gets even more likely; above 1 unlikely grey levels get a chance.</source>
        <translation>تقسم القيم الخام للنموذج قبل أن تصبح احتمالات: تحت 1 يصبح المستوى المفضَّل أرجح أكثر؛ وفوق 1 تنال مستويات الرمادي غير المرجّحة فرصة.</translation>
    </message>
    <message>
        <source>The seed of the random numbers that pick each pixel&apos;s grey. The same seed, model and temperature draw the same image again; Undo then Step one pixel repeats a draw.</source>
        <translation>بذرة الأرقام العشوائية التي تختار رمادي كل بكسل. البذرة نفسها مع النموذج ودرجة الحرارة نفسيهما ترسم الصورة نفسها مجددًا؛ «تراجع» ثم «خطوة بكسل واحد» يكرّر سحبًا.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> مللي ث</translation>
    </message>
    <message>
        <source>How long each drawn pixel stays framed, its bar highlighted, before it is added.</source>
        <translation>المدة التي يبقى فيها كل بكسل مرسوم مؤطَّرًا، وعموده مميَّزًا، قبل إضافته.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>بذرة أخذ العيّنات</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>الإيقاع</translation>
    </message>
    <message>
        <source>Step one pixel</source>
        <translation>خطوة بكسل واحد</translation>
    </message>
    <message>
        <source>Draw the framed pixel&apos;s grey from the solid bars and add it to the image.</source>
        <translation>اسحب رمادي البكسل المؤطَّر من الأعمدة المصمتة وأضفه إلى الصورة.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Remove the last pixel drawn.</source>
        <translation>أزل آخر بكسل مرسوم.</translation>
    </message>
    <message>
        <source>Generate the rest</source>
        <translation>توليد الباقي</translation>
    </message>
    <message>
        <source>Draw every pixel still missing, one at a time. While it draws, the button reads Stop.</source>
        <translation>ارسم كل بكسل متبقٍّ، واحدًا تلو الآخر. أثناء الرسم يصبح الزر «إيقاف».</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove every pixel and start a new image.</source>
        <translation>أزل كل البكسلات وابدأ صورة جديدة.</translation>
    </message>
    <message>
        <source>Half a real image</source>
        <translation>نصف صورة حقيقية</translation>
    </message>
    <message>
        <source>Start again from the first half of a real training image, row by row, another one each time: the model draws the rest. Does it finish the picture the way the real one goes on?</source>
        <translation>ابدأ من جديد من النصف الأول لصورة تدريب حقيقية، صفًّا صفًّا، صورةً مختلفة في كل مرة: يرسم النموذج الباقي. هل يُكمل الصورة كما تستمر الصورة الحقيقية؟</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>حقيقية أم مزيّفة؟</translation>
    </message>
    <message>
        <source>Click a bar to force that grey for the framed pixel.</source>
        <translation>انقر عمودًا لفرض ذلك الرمادي على البكسل المؤطَّر.</translation>
    </message>
    <message>
        <source>{weights} weights · {levels} grey levels + 1 start token</source>
        <translation>الأوزان: {weights} · {levels} مستوى رمادي + رمز بداية واحد</translation>
    </message>
    <message>
        <source>The Pixels lab learns from a folder of images: drop the folder that holds {name}, not the file.</source>
        <translation>مختبر البكسلات يتعلم من مجلد صور: أفلت المجلد الذي يحتوي {name}، لا الملف نفسه.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>The image is complete: press Undo or Clear.</source>
        <translation>اكتملت الصورة: اضغط «تراجع» أو «مسح».</translation>
    </message>
    <message>
        <source>Waiting for the model&apos;s guess…</source>
        <translation>بانتظار تخمين النموذج…</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): the model&apos;s guess</source>
        <translation>البكسل {pixel} من {total} (الصف {row}، العمود {column}): تخمين النموذج</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): you chose grey {grey}</source>
        <translation>البكسل {pixel} من {total} (الصف {row}، العمود {column}): اخترتَ الرمادي {grey}</translation>
    </message>
    <message>
        <source>Pixel {pixel} of {total} (row {row}, column {column}): u = {u} drew grey {grey}</source>
        <translation>البكسل {pixel} من {total} (الصف {row}، العمود {column}): u = {u} سحب الرمادي {grey}</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some drawn by the model pixel by pixel at the temperature of the drawing. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>اختبار قصير للصف: 16 صورة، بعضها حقيقي وبعضها رسمه النموذج بكسلًا بكسلًا بدرجة حرارة الرسم. يختار الصف المزيّفات، ويُظهر «كشف» الحقيقة والنتيجة.</translation>
    </message>
    <message>
        <source>Real or fake? needs a model: press Reset to start one.</source>
        <translation>«حقيقية أم مزيّفة؟» يحتاج إلى نموذج: اضغط «إعادة تعيين» لبدء نموذج.</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Attention</source>
        <translation>الانتباه</translation>
    </message>
    <message>
        <source>looks at (earlier token)</source>
        <translation>ينظر إلى (رمز سابق)</translation>
    </message>
    <message>
        <source>token</source>
        <translation>الرمز</translation>
    </message>
    <message>
        <source>Each row is a token of the context; its colours show how much of its attention goes to each earlier token (a row adds up to 1). Future tokens are masked: a model may not peek ahead.</source>
        <translation>كل صف رمزٌ من السياق؛ وتُظهر ألوانه مقدار انتباهه الموجّه إلى كل رمز سابق (مجموع الصف 1). الرموز المستقبلية مقنّعة: لا يجوز للنموذج استراق النظر إلى ما بعده.</translation>
    </message>
    <message>
        <source>Attention weights</source>
        <translation>أوزان الانتباه</translation>
    </message>
    <message>
        <source>A heat map with one row and one column per token of the context: how much each token attends to each earlier token, from 0 to 1.</source>
        <translation>خريطة حرارية بصف وعمود لكل رمز من السياق: مقدار انتباه كل رمز إلى كل رمز سابق، من 0 إلى 1.</translation>
    </message>
    <message>
        <source>attention weight</source>
        <translation>وزن الانتباه</translation>
    </message>
    <message>
        <source>Which transformer block&apos;s attention to show.</source>
        <translation>انتباهُ أيِّ كتلة من كتل المحوّل يُعرض.</translation>
    </message>
    <message>
        <source>Each head learns its own pattern of what to look at; the mean shows them together.</source>
        <translation>يتعلم كل رأس نمطه الخاص فيما ينظر إليه؛ ويعرضها المتوسط معًا.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>الطبقة</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>الرأس</translation>
    </message>
    <message>
        <source>{number} of {total}</source>
        <translation>{number} من {total}</translation>
    </message>
    <message>
        <source>mean of heads</source>
        <translation>متوسط الرؤوس</translation>
    </message>
    <message>
        <source>Next token: the model&apos;s probabilities</source>
        <translation>الرمز التالي: احتمالات النموذج</translation>
    </message>
    <message>
        <source>Last draw: press Next token</source>
        <translation>آخر سحب: اضغط «الرمز التالي»</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>أُزيل</translation>
    </message>
    <message>
        <source>{filtered}  (model {raw})</source>
        <translation>{filtered}  (النموذج {raw})</translation>
    </message>
    <message>
        <source>Last draw: u = {u:.3f} fell in the stretch of &apos;{token}&apos;</source>
        <translation>آخر سحب: u = {u:.3f} وقع في مقطع «{token}»</translation>
    </message>
    <message>
        <source>Greedy: &apos;{token}&apos;, the most probable token (no random number)</source>
        <translation>جشع: «{token}»، الرمز الأكثر احتمالًا (بلا رقم عشوائي)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, which the filters had removed (no stretch)</source>
        <translation>نُقر: «{token}»، الذي أزالته المرشّحات (بلا مقطع)</translation>
    </message>
    <message>
        <source>Clicked: &apos;{token}&apos;, {share} of the strip (no random number)</source>
        <translation>نُقر: «{token}»، {share} من الشريط (بلا رقم عشوائي)</translation>
    </message>
    <message>
        <source>The model&apos;s guess for the next token. Pale bars: the model&apos;s own probabilities. Solid bars: after temperature, top-k and top-p, renormalised; grey rows were removed by a filter. Click a bar to force that token.</source>
        <translation>تخمين النموذج للرمز التالي. الأعمدة الباهتة: احتمالات النموذج نفسه. الأعمدة المصمتة: بعد درجة الحرارة وtop-k وtop-p، مع إعادة التطبيع؛ والصفوف الرمادية أزالها مرشِّح. انقر عمودًا لفرض ذلك الرمز.</translation>
    </message>
    <message>
        <source>Next-token probabilities</source>
        <translation>احتمالات الرمز التالي</translation>
    </message>
    <message>
        <source>Horizontal bars, most probable token first: the model&apos;s probability of each token and the probability after temperature, top-k and top-p.</source>
        <translation>أعمدة أفقية، الرمز الأكثر احتمالًا أولًا: احتمال النموذج لكل رمز والاحتمال بعد درجة الحرارة وtop-k وtop-p.</translation>
    </message>
    <message>
        <source>Type a prompt to see what comes next.</source>
        <translation>اكتب موجّهًا لترى ما يأتي بعده.</translation>
    </message>
    <message>
        <source>model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>after temperature / top-k / top-p</source>
        <translation>بعد درجة الحرارة / top-k / top-p</translation>
    </message>
    <message>
        <source>Sampling: the kept tokens are laid end to end, most probable first, so each owns a stretch of [0, 1) as long as its probability. A random number u picks the token whose stretch it falls in.</source>
        <translation>أخذ العيّنات: تُصفّ الرموز المُبقاة متتاليةً، الأكثر احتمالًا أولًا، فيملك كلٌّ منها مقطعًا من [0, 1) طوله بقدر احتماله. يختار رقم عشوائي u الرمز الذي يقع في مقطعه.</translation>
    </message>
    <message>
        <source>Where the random number fell</source>
        <translation>أين وقع الرقم العشوائي</translation>
    </message>
    <message>
        <source>A strip from 0 to 1 cut into one stretch per kept token, as long as its probability, with a line at the random number u that picked the next token.</source>
        <translation>شريط من 0 إلى 1 مقسّم إلى مقطع لكل رمز مُبقى، طوله بقدر احتماله، مع خط عند الرقم العشوائي u الذي اختار الرمز التالي.</translation>
    </message>
    <message>
        <source>Click a bar to force that token as the next one.</source>
        <translation>انقر عمودًا لفرض ذلك الرمز ليكون التالي.</translation>
    </message>
    <message>
        <source>(all others)</source>
        <translation>(كل الرموز الأخرى)</translation>
    </message>
    <message>
        <source>Capitals of the world</source>
        <translation>عواصم العالم</translation>
    </message>
    <message>
        <source>Capitals, a small text (over-fits)</source>
        <translation>العواصم، نص صغير (فرط تخصيص)</translation>
    </message>
    <message>
        <source>Python code (from this computer)</source>
        <translation>شيفرة Python (من هذا الحاسوب)</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>النموذج والبيانات</translation>
    </message>
    <message>
        <source>The text the model learns from. Open or drop your own .txt file to add it here.</source>
        <translation>النص الذي يتعلم منه النموذج. افتح ملف ‎.txt خاصًا بك أو أفلته لإضافته هنا.</translation>
    </message>
    <message>
        <source>How many numbers (weights) the model learns.</source>
        <translation>عدد الأرقام (الأوزان) التي يتعلمها النموذج.</translation>
    </message>
    <message>
        <source>Preset: overfitting</source>
        <translation>إعداد مسبق: فرط التخصيص</translation>
    </message>
    <message>
        <source>A small text and no dropout or weight decay, then a new model trains at once. Within a minute the held-out (validation) loss stops falling and rises while the training loss keeps falling: the model memorises its sentences instead of learning what makes new ones likely.</source>
        <translation>نص صغير دون إسقاط أو اضمحلال للأوزان، ثم يتدرب نموذج جديد فورًا. خلال دقيقة تتوقف خسارة البيانات المحجوزة (التحقق) عن الانخفاض وترتفع بينما تواصل خسارة التدريب الانخفاض: يحفظ النموذج جمله بدلًا من تعلّم ما يجعل جملًا جديدة محتملة.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>النص</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Put every setting above back to its default; New model then builds it.</source>
        <translation>أعد كل إعداد أعلاه إلى قيمته الافتراضية؛ ثم يبنيه «نموذج جديد».</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>الملف: {name}</translation>
    </message>
    <message>
        <source>The text as the model sees it: one coloured box per token. Blue: your prompt; orange: tokens the model generated; red: a word the model never saw in training (it becomes &lt;unk&gt;).</source>
        <translation>النص كما يراه النموذج: مربع ملوّن لكل رمز. الأزرق: موجّهك؛ البرتقالي: رموز ولّدها النموذج؛ الأحمر: كلمة لم يرها النموذج في التدريب قط (تصبح &lt;unk&gt;).</translation>
    </message>
    <message>
        <source>Tokens of the text</source>
        <translation>رموز النص</translation>
    </message>
    <message>
        <source>Training went wrong: a learning rate that is too high makes each step overshoot, so the loss climbs instead of falling and the model ends up saying one word.</source>
        <translation>فشل التدريب: معدل التعلم المرتفع جدًا يجعل كل خطوة تتجاوز الهدف، فتصعد الخسارة بدلًا من أن تهبط وينتهي النموذج بقول كلمة واحدة.</translation>
    </message>
    <message>
        <source>The text the model continues. Edit it and watch the probabilities change.</source>
        <translation>النص الذي يكمله النموذج. عدّله وشاهد الاحتمالات تتغير.</translation>
    </message>
    <message>
        <source>Type a prompt…</source>
        <translation>اكتب موجّهًا…</translation>
    </message>
    <message>
        <source>Cross-entropy loss: how surprised the model is by the true next token. Training loss is measured on the batches it learns from; validation loss on text it never trains on. The dot marks the lowest validation loss so far: if it stays behind while training goes on, the model over-fits.</source>
        <translation>خسارة الإنتروبيا المتقاطعة: مقدار مفاجأة النموذج بالرمز التالي الحقيقي. تُقاس خسارة التدريب على الدفعات التي يتعلم منها؛ وخسارة التحقق على نص لا يتدرب عليه أبدًا. تحدد النقطة أدنى خسارة تحقق حتى الآن: إن بقيت متأخرة بينما يستمر التدريب، فالنموذج يفرط في التخصيص.</translation>
    </message>
    <message>
        <source>Training and validation loss</source>
        <translation>خسارة التدريب والتحقق</translation>
    </message>
    <message>
        <source>Curves of the cross-entropy loss over the training steps, on the training batches and on held-out text, with a dot at the lowest held-out loss.</source>
        <translation>منحنيات خسارة الإنتروبيا المتقاطعة عبر خطوات التدريب، على دفعات التدريب وعلى النص المحجوز، مع نقطة عند أدنى خسارة على البيانات المحجوزة.</translation>
    </message>
    <message>
        <source>Sampling the next token</source>
        <translation>أخذ عيّنة الرمز التالي</translation>
    </message>
    <message>
        <source>The seed of the random numbers u. The same seed, model and settings draw the same tokens again; Undo then Next token repeats a draw.</source>
        <translation>بذرة الأرقام العشوائية u. البذرة نفسها مع النموذج والإعدادات نفسها تسحب الرموز نفسها مجددًا؛ «تراجع» ثم «الرمز التالي» يكرّر سحبًا.</translation>
    </message>
    <message>
        <source>How many of the most probable tokens get a bar.</source>
        <translation>كم رمزًا من الرموز الأكثر احتمالًا يحصل على عمود.</translation>
    </message>
    <message>
        <source>How many tokens Generate adds, one at a time.</source>
        <translation>كم رمزًا يضيف «توليد»، واحدًا تلو الآخر.</translation>
    </message>
    <message>
        <source> ms</source>
        <comment>milliseconds</comment>
        <translation> مللي ث</translation>
    </message>
    <message>
        <source>How long each drawn token stays highlighted before it is added to the text.</source>
        <translation>المدة التي يبقى فيها كل رمز مسحوب مميَّزًا قبل إضافته إلى النص.</translation>
    </message>
    <message>
        <source>Sampling seed</source>
        <translation>بذرة أخذ العيّنات</translation>
    </message>
    <message>
        <source>Bars shown</source>
        <translation>الأعمدة المعروضة</translation>
    </message>
    <message>
        <source>Generate</source>
        <translation>توليد</translation>
    </message>
    <message>
        <source>Pace</source>
        <translation>الإيقاع</translation>
    </message>
    <message>
        <source>Next token</source>
        <translation>الرمز التالي</translation>
    </message>
    <message>
        <source>Draw one token from the solid bars and add it to the text.</source>
        <translation>اسحب رمزًا واحدًا من الأعمدة المصمتة وأضفه إلى النص.</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Remove the last generated token.</source>
        <translation>أزل آخر رمز مولَّد.</translation>
    </message>
    <message>
        <source>Add tokens one at a time, as many as set under Generate. While it generates, the button reads Stop.</source>
        <translation>أضف الرموز واحدًا تلو الآخر، بالعدد المضبوط في «توليد». أثناء التوليد يصبح الزر «إيقاف».</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Remove every generated token and keep the prompt.</source>
        <translation>أزل كل الرموز المولَّدة واحتفظ بالموجّه.</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>الموجّه</translation>
    </message>
    <message>
        <source>{weights} weights · {tokens} tokens in the vocabulary</source>
        <translation>الأوزان: {weights} · الرموز في المفردات: {tokens}</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>best held-out: step {step}</source>
        <translation>أفضل نتيجة على المحجوزة: الخطوة {step}</translation>
    </message>
    <message>
        <source>Probe a word</source>
        <translation>افحص كلمة</translation>
    </message>
    <message>
        <source>Type any word and press Enter to see how probable the model finds it as the next token, and where it ranks among all the tokens it knows.</source>
        <translation>اكتب أي كلمة واضغط Enter لترى مدى احتمال أن تكون الرمز التالي في نظر النموذج، وترتيبها بين كل الرموز التي يعرفها.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; has a character this model never saw: its vocabulary is {count} characters.</source>
        <translation>في «{word}» حرف لم يره هذا النموذج قط: عدد الحروف في مفرداته {count}.</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is not in this model&apos;s vocabulary of {count} tokens.</source>
        <translation>«{word}» ليست في مفردات هذا النموذج (عدد الرموز: {count}).</translation>
    </message>
    <message>
        <source>&apos;{word}&apos; is {pieces} tokens for this model. Its first, &apos;{token}&apos;, next: P = {share} · rank {rank} of {count}</source>
        <translation>«{word}» عند هذا النموذج رموز عددها {pieces}. أولها، «{token}»، تاليًا: P = {share} · الترتيب {rank} من {count}</translation>
    </message>
    <message>
        <source>P(&apos;{token}&apos;) = {share} · rank {rank} of {count}</source>
        <translation>P(&apos;{token}&apos;) = {share} · الترتيب {rank} من {count}</translation>
    </message>
    <message>
        <source>What comes next?</source>
        <translation>ما التالي؟</translation>
    </message>
    <message>
        <source>A quiz: the bars hide and four candidates appear, the model&apos;s three favourites and one from further down, shuffled. The class guesses which one the model finds most likely, then Reveal shows the bars. Try it on the untrained model, then on the trained one.</source>
        <translation>اختبار قصير: تختفي الأعمدة ويظهر أربعة مرشّحين بترتيب عشوائي: المفضّلون الثلاثة لدى النموذج وواحد من مرتبة أدنى. يخمّن الصف أيّها يراه النموذج الأرجح، ثم يُظهر «كشف» الأعمدة. جرّبه على النموذج غير المدرَّب، ثم على النموذج المدرَّب.</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>سؤال جديد</translation>
    </message>
    <message>
        <source>Ask about the text as it is now. The sampling seed and the question&apos;s number pick and shuffle the candidates, so the same seed asks the same questions again.</source>
        <translation>اسأل عن النص كما هو الآن. بذرة أخذ العيّنات ورقم السؤال يختاران المرشّحين ويخلطان ترتيبهم، لذا تطرح البذرة نفسها الأسئلة نفسها مجددًا.</translation>
    </message>
    <message>
        <source>Reveal</source>
        <translation>كشف</translation>
    </message>
    <message>
        <source>Show the bars, with the class&apos;s guess marked.</source>
        <translation>أظهِر الأعمدة، مع تمييز تخمين الصف.</translation>
    </message>
    <message>
        <source>Click the token the class guesses.</source>
        <translation>انقر الرمز الذي يخمّنه الصف.</translation>
    </message>
    <message>
        <source>Yes: &apos;{token}&apos; is the model&apos;s favourite, at {share}.</source>
        <translation>نعم: «{token}» هو المفضّل لدى النموذج، باحتمال {share}.</translation>
    </message>
    <message>
        <source>&apos;{token}&apos; is the model&apos;s choice number {rank}, at {share}. Its favourite is &apos;{best}&apos;, at {best_share}.</source>
        <translation>«{token}» هو الخيار رقم {rank} لدى النموذج، باحتمال {share}. والمفضّل لديه «{best}»، باحتمال {best_share}.</translation>
    </message>
    <message>
        <source>Score: {right} of {asked} guesses were the model&apos;s favourite</source>
        <translation>النتيجة: {right} من {asked} تخمينات طابقت المفضّل لدى النموذج</translation>
    </message>
    <message>
        <source>Which one does the model find most likely next? Click the class&apos;s guess, then Reveal.</source>
        <translation>أيّها يراه النموذج الأرجح تاليًا؟ انقر تخمين الصف، ثم «كشف».</translation>
    </message>
</context>
<context>
    <name>vae</name>
    <message>
        <source>blue</source>
        <translation>أزرق</translation>
    </message>
    <message>
        <source>orange</source>
        <translation>برتقالي</translation>
    </message>
    <message>
        <source>green</source>
        <translation>أخضر</translation>
    </message>
    <message>
        <source>vermillion</source>
        <translation>أحمر قرمزي</translation>
    </message>
    <message>
        <source>pink</source>
        <translation>وردي</translation>
    </message>
    <message>
        <source>sky blue</source>
        <translation>أزرق سماوي</translation>
    </message>
    <message>
        <source>yellow</source>
        <translation>أصفر</translation>
    </message>
    <message>
        <source>brown</source>
        <translation>بني</translation>
    </message>
    <message>
        <source>violet</source>
        <translation>بنفسجي</translation>
    </message>
    <message>
        <source>grey</source>
        <translation>رمادي</translation>
    </message>
    <message>
        <source>circle</source>
        <translation>دائرة</translation>
    </message>
    <message>
        <source>triangle</source>
        <translation>مثلث</translation>
    </message>
    <message>
        <source>square</source>
        <translation>مربع</translation>
    </message>
    <message>
        <source>star</source>
        <translation>نجمة</translation>
    </message>
    <message>
        <source>plus</source>
        <translation>علامة زائد</translation>
    </message>
    <message>
        <source>down triangle</source>
        <translation>مثلث مقلوب</translation>
    </message>
    <message>
        <source>diamond</source>
        <translation>معيّن</translation>
    </message>
    <message>
        <source>cross</source>
        <translation>علامة ضرب</translation>
    </message>
    <message>
        <source>hourglass</source>
        <translation>ساعة رملية</translation>
    </message>
    <message>
        <source>hexagon</source>
        <translation>سداسي</translation>
    </message>
    <message>
        <source>{colour} {marker}</source>
        <translation>{marker} بلون {colour}</translation>
    </message>
    <message>
        <source>{name}: {looks}</source>
        <translation>{name}: {looks}</translation>
    </message>
    <message>
        <source>β weighs the KL term against the reconstruction. β = 1 is the true VAE (the evidence lower bound). Lower β: sharper reconstructions, but codes spread out and leave holes, so samples from the prior get worse (β = 0 is a plain autoencoder). Higher β: codes are pushed towards the prior N(0, I), the map gets smooth and tidy, and images get blurrier. Changes take effect at the next training step.</source>
        <translation>يوازن β حدّ KL مقابل إعادة البناء. β = 1 هو VAE الحقيقي (الحد الأدنى للدليل). β أقل: إعادة بناء أوضح، لكن الشفرات تتباعد وتترك فجوات، فتسوء العيّنات المأخوذة من التوزيع المسبق (β = 0 مشفّر تلقائي عادي). β أعلى: تُدفع الشفرات نحو التوزيع المسبق N(0, I)، فتصبح الخريطة ناعمة ومرتبة، وتصبح الصور أكثر ضبابية. تسري التغييرات في خطوة التدريب التالية.</translation>
    </message>
    <message>
        <source>Click two examples on the latent map to walk from one to the other.</source>
        <translation>انقر مثالين على الخريطة الكامنة للسير من أحدهما إلى الآخر.</translation>
    </message>
    <message>
        <source>While it trains</source>
        <translation>أثناء التدريب</translation>
    </message>
    <message>
        <source>β, the weight of the KL term</source>
        <translation>β، وزن حدّ KL</translation>
    </message>
    <message>
        <source>β (KL weight)</source>
        <translation>β (وزن KL)</translation>
    </message>
    <message>
        <source>Sample from the prior</source>
        <translation>أخذ عيّنات من التوزيع المسبق</translation>
    </message>
    <message>
        <source>Draw random codes z from N(0, I), the distribution the KL term pulls the codes towards, and decode them: new images that are in no data set. Their codes appear on the map as black rings with a cross, larger than the examples&apos; markers.</source>
        <translation>اسحب شفرات عشوائية z من N(0, I)، وهو التوزيع الذي يسحب حدّ KL الشفرات نحوه، وفكّ تشفيرها: صور جديدة ليست في أي مجموعة بيانات. تظهر شفراتها على الخريطة كحلقات سوداء بداخلها علامة ضرب، أكبر من علامات الأمثلة.</translation>
    </message>
    <message>
        <source>Walk again</source>
        <translation>السير مجددًا</translation>
    </message>
    <message>
        <source>Decode evenly spaced codes on the straight line between the two picked examples&apos; codes, one step at a time, with the model as it is now.</source>
        <translation>فكّ تشفير شفرات متباعدة بانتظام على الخط المستقيم بين شفرتَي المثالين المختارين، خطوةً تلو الأخرى، بالنموذج كما هو الآن.</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> مللي ث</translation>
    </message>
    <message>
        <source>How long each step of a walk is shown before the next one is decoded.</source>
        <translation>المدة التي تُعرض فيها كل خطوة من السير قبل فكّ تشفير التالية.</translation>
    </message>
    <message>
        <source>Walk pace</source>
        <translation>إيقاع السير</translation>
    </message>
    <message>
        <source>β = {beta}</source>
        <translation>β = {beta}</translation>
    </message>
    <message>
        <source>z₁</source>
        <translation>z₁</translation>
    </message>
    <message>
        <source>z₂</source>
        <translation>z₂</translation>
    </message>
    <message>
        <source>Each dot is one training example, drawn at the mean of its code q(z | x): the encoder squeezes a whole image into these two numbers. Similar examples end up close together, and the map reorganises as the VAE learns. Drag the red target to decode any point; click two dots to walk from one example to the other. With more than two latent numbers, the map shows the two directions in which the codes vary most (PCA); the percentages say how much of their spread each direction holds.</source>
        <translation>كل نقطة مثالُ تدريب واحد، مرسومٌ عند متوسط شفرته q(z | x): يضغط المشفّر صورة كاملة في هذين الرقمين. تنتهي الأمثلة المتشابهة متقاربة، ويُعاد تنظيم الخريطة مع تعلم VAE. اسحب الهدف الأحمر لفكّ تشفير أي نقطة؛ وانقر نقطتين للسير من مثال إلى آخر. مع أكثر من رقمين كامنين، تعرض الخريطة الاتجاهين اللذين تتباين فيهما الشفرات أكثر من غيرهما (PCA)؛ وتُبيّن النسب المئوية حصة كل اتجاه من انتشارها.</translation>
    </message>
    <message>
        <source>Latent map: each example&apos;s code</source>
        <translation>الخريطة الكامنة: شفرة كل مثال</translation>
    </message>
    <message>
        <source>Latent map</source>
        <translation>الخريطة الكامنة</translation>
    </message>
    <message>
        <source>A scatter plot of every training example at its two-number code, with a marker of its class&apos;s colour and shape; a draggable target marks the code decoded in At the marker.</source>
        <translation>مخطط تشتت لكل مثال تدريب عند شفرته المكوّنة من رقمين، بعلامة بلون فئته وشكلها؛ ويحدد هدفٌ قابل للسحب الشفرة التي يُفكّ تشفيرها في «عند العلامة».</translation>
    </message>
    <message>
        <source>decoded here</source>
        <translation>فُكّ تشفيره هنا</translation>
    </message>
    <message>
        <source>training examples</source>
        <translation>أمثلة التدريب</translation>
    </message>
    <message>
        <source>{tip}

Colour and marker show the class: {classes}.</source>
        <translation>{tip}

يُظهر اللون والعلامة الفئة: {classes}.</translation>
    </message>
    <message>
        <source>prior samples</source>
        <translation>عيّنات التوزيع المسبق</translation>
    </message>
    <message>
        <source>PCA axis {number} of z ({share})</source>
        <translation>محور PCA رقم {number} لـ z ({share})</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Reconstructions</source>
        <translation>إعادات البناء</translation>
    </message>
    <message>
        <source>Grey: real points. Blue: what the VAE makes of each after squeezing it through the latent space (decoded from the mean code); a line joins each pair.</source>
        <translation>الرمادي: نقاط حقيقية. الأزرق: ما يصنعه VAE من كلٍّ منها بعد ضغطها عبر الفضاء الكامن (بفكّ تشفير الشفرة المتوسطة)؛ ويصل خطٌّ بين كل زوج.</translation>
    </message>
    <message>
        <source>real</source>
        <translation>حقيقي</translation>
    </message>
    <message>
        <source>reconstructed</source>
        <translation>معاد بناؤه</translation>
    </message>
    <message>
        <source>Decoded manifold in data space</source>
        <translation>المتشعب المفكوك تشفيره في فضاء البيانات</translation>
    </message>
    <message>
        <source>Blue lines: an even grid over the latent map, decoded into the plane; where the lines bunch up the decoder packs many codes into little space. Grey: training points. Red: the decoding of the marker you drag. Orange: a walk between two examples. Green crosshairs: points decoded from codes drawn from the prior.</source>
        <translation>الخطوط الزرقاء: شبكة منتظمة فوق الخريطة الكامنة، مفكوك تشفيرها إلى المستوى؛ وحيث تتكدس الخطوط يحشر فاكّ التشفير شفرات كثيرة في حيز صغير. الرمادي: نقاط التدريب. الأحمر: فكّ تشفير العلامة التي تسحبها. البرتقالي: سير بين مثالين. علامات التصويب الخضراء: نقاط فُكّ تشفيرها من شفرات مسحوبة من التوزيع المسبق.</translation>
    </message>
    <message>
        <source>training points</source>
        <translation>نقاط التدريب</translation>
    </message>
    <message>
        <source>decoded latent grid</source>
        <translation>الشبكة الكامنة المفكوك تشفيرها</translation>
    </message>
    <message>
        <source>walk</source>
        <translation>السير</translation>
    </message>
    <message>
        <source>at the marker</source>
        <translation>عند العلامة</translation>
    </message>
    <message>
        <source>Model and data</source>
        <translation>النموذج والبيانات</translation>
    </message>
    <message>
        <source>What the VAE learns to compress. Open or drop a folder of images to add it here.</source>
        <translation>ما يتعلم VAE ضغطه. افتح مجلد صور أو أفلته هنا لإضافته.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>البيانات</translation>
    </message>
    <message>
        <source>How many numbers (weights) the encoder and decoder learn together.</source>
        <translation>عدد الأرقام (الأوزان) التي يتعلمها المشفّر وفاكّ التشفير معًا.</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>الحجم</translation>
    </message>
    <message>
        <source>Put every setting back to the one genviz starts with; β at once, the others when you press New model.</source>
        <translation>أعد كل إعداد إلى القيمة التي يبدأ بها genviz؛ β فورًا، والبقية حين تضغط «نموذج جديد».</translation>
    </message>
    <message>
        <source>reconstruction</source>
        <translation>إعادة البناء</translation>
    </message>
    <message>
        <source>KL divergence</source>
        <translation>تباعد KL</translation>
    </message>
    <message>
        <source>total = reconstruction + β · KL</source>
        <translation>الإجمالي = إعادة البناء + β · KL</translation>
    </message>
    <message>
        <source>At the marker</source>
        <translation>عند العلامة</translation>
    </message>
    <message>
        <source>The decoder&apos;s image for the code under the red target: drag the target and watch it change.</source>
        <translation>صورة فاكّ التشفير للشفرة تحت الهدف الأحمر: اسحب الهدف وشاهدها تتغير.</translation>
    </message>
    <message>
        <source>Walk between two examples</source>
        <translation>السير بين مثالين</translation>
    </message>
    <message>
        <source>A and B are the real images you clicked; between them, the decodings of evenly spaced codes on the straight line from A&apos;s code to B&apos;s, revealed one step at a time.</source>
        <translation>A وB هما الصورتان الحقيقيتان اللتان نقرتهما؛ وبينهما فكّ تشفير شفرات متباعدة بانتظام على الخط المستقيم من شفرة A إلى شفرة B، تنكشف خطوةً تلو الأخرى.</translation>
    </message>
    <message>
        <source>Top row: real images, always the same ones. Bottom row: what the VAE makes of each after squeezing it into its code and decoding it again (from the mean code, so the picture is steady).</source>
        <translation>الصف العلوي: صور حقيقية، هي نفسها دائمًا. الصف السفلي: ما يصنعه VAE من كلٍّ منها بعد ضغطها في شفرتها وفكّ تشفيرها مجددًا (من الشفرة المتوسطة، لتبقى الصورة ثابتة).</translation>
    </message>
    <message>
        <source>Decoded manifold</source>
        <translation>المتشعب المفكوك تشفيره</translation>
    </message>
    <message>
        <source>Images decoded from an even grid of codes over the dashed area of the latent map, placed where their codes are: the whole space the decoder has learned, at a glance.</source>
        <translation>صور مفكوك تشفيرها من شبكة منتظمة من الشفرات فوق المنطقة المحددة بخط متقطع في الخريطة الكامنة، موضوعة حيث تقع شفراتها: الفضاء الذي تعلمه فاكّ التشفير كله، بنظرة واحدة.</translation>
    </message>
    <message>
        <source>Samples from the prior</source>
        <translation>عيّنات من التوزيع المسبق</translation>
    </message>
    <message>
        <source>Images decoded from random codes drawn from N(0, I). They are in no data set: press Sample from the prior.</source>
        <translation>صور مفكوك تشفيرها من شفرات عشوائية مسحوبة من N(0, I). ليست في أي مجموعة بيانات: اضغط «أخذ عيّنات من التوزيع المسبق».</translation>
    </message>
    <message>
        <source>Loss (nats per example)</source>
        <translation>الخسارة (نات لكل مثال)</translation>
    </message>
    <message>
        <source>nats per example</source>
        <translation>نات لكل مثال</translation>
    </message>
    <message>
        <source>Reconstruction: how badly the decoded example matches the real one (−log p(x | z)). KL divergence: how far the codes q(z | x) are from the prior N(0, I), in nats. The VAE minimises their sum with the KL weighted by β: the negative evidence lower bound (ELBO) when β = 1.</source>
        <translation>إعادة البناء: مدى سوء مطابقة المثال المفكوك تشفيره للمثال الحقيقي (−log p(x | z)). تباعد KL: مدى بُعد الشفرات q(z | x) عن التوزيع المسبق N(0, I)، بوحدة النات. يصغّر VAE مجموعهما مع ترجيح KL بـ β: سالب الحد الأدنى للدليل (ELBO) حين β = 1.</translation>
    </message>
    <message>
        <source>Some of these images are real training images; the VAE&apos;s decoder made the others from random codes drawn from the prior. Click the ones you think are fake, then press Reveal.</source>
        <translation>بعض هذه الصور صور تدريب حقيقية، أما الباقي فصنعه فاكّ تشفير VAE من شفرات عشوائية مسحوبة من التوزيع المسبق. انقر الصور التي تظن أنها مزيّفة، ثم اضغط «كشف».</translation>
    </message>
    <message>
        <source>Real or fake?</source>
        <translation>حقيقية أم مزيّفة؟</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>الخسارة</translation>
    </message>
    <message>
        <source>Curves of the reconstruction loss, the KL divergence and their total over the training steps.</source>
        <translation>منحنيات خسارة إعادة البناء وتباعد KL ومجموعهما عبر خطوات التدريب.</translation>
    </message>
    <message>
        <source>{count} weights</source>
        <translation>الأوزان: {count}</translation>
    </message>
    <message>
        <source>The VAE lab learns from a folder of images: drop the folder that holds {file}, not the file.</source>
        <translation>مختبر VAE يتعلم من مجلد صور: أفلت المجلد الذي يحتوي {file}، لا الملف نفسه.</translation>
    </message>
    <message>
        <source>A: {example}. Now click a second example.</source>
        <translation>A: {example}. انقر الآن مثالًا ثانيًا.</translation>
    </message>
    <message>
        <source>A: {a}
B: {b}
Click two examples on the map to walk between others.</source>
        <translation>A: {a}
B: {b}
انقر مثالين على الخريطة للسير بين مثالين آخرين.</translation>
    </message>
    <message>
        <source>example #{index}</source>
        <translation>المثال رقم {index}</translation>
    </message>
    <message>
        <source>example #{index} ({label})</source>
        <translation>المثال رقم {index} ({label})</translation>
    </message>
    <message>
        <source>decoded</source>
        <translation>مفكوك التشفير</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>A quiz for the class: 16 images, some real, some decoded from random codes drawn from the prior. The class picks the fakes; Reveal shows the truth and the score.</source>
        <translation>اختبار قصير للصف: 16 صورة، بعضها حقيقي وبعضها فُكّ تشفيره من شفرات عشوائية مسحوبة من التوزيع المسبق. يختار الصف المزيّفات، ويُظهر «كشف» الحقيقة والنتيجة.</translation>
    </message>
    <message>
        <source>Real or fake? needs images: choose an image data set (Digits, MNIST, ...) and start a new model with it.</source>
        <translation>«حقيقية أم مزيّفة؟» يحتاج إلى صور: اختر مجموعة بيانات صور (الأرقام، MNIST، ...) وابدأ بها نموذجًا جديدًا.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Dismiss</source>
        <translation>إخفاء</translation>
    </message>
    <message>
        <source>Hide this message.</source>
        <translation>أخفِ هذه الرسالة.</translation>
    </message>
    <message>
        <source>genviz: watch generative models learn</source>
        <translation>genviz: شاهد النماذج التوليدية وهي تتعلم</translation>
    </message>
    <message>
        <source>Train from here?</source>
        <translation>التدريب من هنا؟</translation>
    </message>
    <message>
        <source>Training from step {step:,} forgets the {later:,} steps the model learnt after it. Train from here?</source>
        <translation>التدريب من الخطوة {step:,} يُنسي النموذجَ {later:,} خطوة تعلمها بعدها. هل تريد التدريب من هنا؟</translation>
    </message>
    <message>
        <source>{file} holds a model of the {lab} lab, which this app does not have.</source>
        <translation>يحتوي {file} على نموذج لمختبر {lab}، وهو غير موجود في هذا التطبيق.</translation>
    </message>
    <message>
        <source>Opened the lesson “{title}”: PageDown for the next step, F5 to present.</source>
        <translation>فُتح الدرس «{title}»: PageDown للخطوة التالية، وF5 للعرض التقديمي.</translation>
    </message>
    <message>
        <source>Saved the lesson to {path}</source>
        <translation>حُفظ الدرس في {path}</translation>
    </message>
    <message>
        <source>{file} is a model of the {lab} lab, which this app does not have.</source>
        <translation>{file} نموذج لمختبر {lab}، وهو غير موجود في هذا التطبيق.</translation>
    </message>
    <message>
        <source>starting the model engine…</source>
        <translation>جارٍ تشغيل محرك النموذج…</translation>
    </message>
    <message>
        <source>How many training steps (weight updates) the model has taken.</source>
        <translation>عدد خطوات التدريب (تحديثات الأوزان) التي أتمّها النموذج.</translation>
    </message>
    <message>
        <source>The training loss of the last step: how wrong the model was. Lower is better.</source>
        <translation>خسارة التدريب في الخطوة الأخيرة: مدى خطأ النموذج. الأقل أفضل.</translation>
    </message>
    <message>
        <source>Training steps per second on this machine.</source>
        <translation>خطوات التدريب في الثانية على هذا الجهاز.</translation>
    </message>
    <message>
        <source>Where the model runs: a GPU when there is one, else the CPU.</source>
        <translation>مكان تشغيل النموذج: وحدة GPU إن وُجدت، وإلا فوحدة CPU.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ملف(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open data file…</source>
        <translation>فتح ملف بيانات(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a file for the current lab (a .txt corpus in the Text lab).</source>
        <translation>افتح ملفًا للمختبر الحالي (مجموعة نصوص ‎.txt في مختبر النص).</translation>
    </message>
    <message>
        <source>Open &amp;model…</source>
        <translation>فتح نموذج(&amp;M)…</translation>
    </message>
    <message>
        <source>Open a model saved by any lab (File &gt; Save model or genviz train).</source>
        <translation>افتح نموذجًا حفظه أي مختبر (ملف &gt; حفظ النموذج، أو genviz train).</translation>
    </message>
    <message>
        <source>&amp;Save model…</source>
        <translation>حفظ النموذج(&amp;S)…</translation>
    </message>
    <message>
        <source>Open &amp;lesson…</source>
        <translation>فتح درس(&amp;L)…</translation>
    </message>
    <message>
        <source>Open a lesson ({suffix}): its labs with their trained models and its script of steps, with nothing to train.</source>
        <translation>افتح درسًا ({suffix}): مختبراته بنماذجها المدرّبة ونصّ خطواته، دون حاجة إلى أي تدريب.</translation>
    </message>
    <message>
        <source>Save l&amp;esson…</source>
        <translation>حفظ الدرس(&amp;E)…</translation>
    </message>
    <message>
        <source>Save the labs&apos; trained models, what each shows and one step per lab as a lesson to open in class.</source>
        <translation>احفظ النماذج المدرّبة في المختبرات، وما يعرضه كلٌّ منها، وخطوة واحدة لكل مختبر، كدرس يُفتح في الصف.</translation>
    </message>
    <message>
        <source>Close lesson</source>
        <translation>إغلاق الدرس</translation>
    </message>
    <message>
        <source>Save s&amp;creenshot…</source>
        <translation>حفظ لقطة شاشة(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>إنهاء(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>عرض(&amp;V)</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>Normal text size</source>
        <translation>حجم النص العادي</translation>
    </message>
    <message>
        <source>Settings column</source>
        <translation>عمود الإعدادات</translation>
    </message>
    <message>
        <source>Hide the settings to give the pictures the room (Ctrl+B).</source>
        <translation>أخفِ الإعدادات لإفساح المجال للصور (Ctrl+B).</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>ملء الشاشة</translation>
    </message>
    <message>
        <source>Presenter mode</source>
        <translation>وضع العرض التقديمي</translation>
    </message>
    <message>
        <source>For the projector: full screen, larger text, no settings, the lesson&apos;s caption at the top. PageDown/PageUp or Right/Left move through the lesson, B blanks the screen, Esc leaves.</source>
        <translation>لجهاز العرض: ملء الشاشة، ونص أكبر، وبلا إعدادات، وتعليق الدرس في الأعلى. PageDown/PageUp أو السهم الأيمن/الأيسر للتنقل في الدرس، وB يُفرغ الشاشة، وEsc للخروج.</translation>
    </message>
    <message>
        <source>Projector colours</source>
        <translation>ألوان جهاز العرض</translation>
    </message>
    <message>
        <source>A dark background, light text, thick lines and large markers: readable on a washed-out projector.</source>
        <translation>خلفية داكنة، ونص فاتح، وخطوط سميكة، وعلامات كبيرة: مقروءة على جهاز عرض باهت الألوان.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>اللغة(&amp;L)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>genviz speaks the new language when it opens next.</source>
        <translation>سيتحدث genviz باللغة الجديدة عند فتحه في المرة القادمة.</translation>
    </message>
    <message>
        <source>Restart now</source>
        <translation>إعادة التشغيل الآن</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>لاحقًا</translation>
    </message>
    <message>
        <source>genviz could not start again: close it and open it yourself to see the new language.</source>
        <translation>تعذّر على genviz البدء من جديد: أغلقه وافتحه بنفسك لترى اللغة الجديدة.</translation>
    </message>
    <message>
        <source>step —</source>
        <translation>الخطوة —</translation>
    </message>
    <message>
        <source>loss —</source>
        <translation>الخسارة —</translation>
    </message>
    <message>
        <source>— steps/s</source>
        <translation>— خطوة/ث</translation>
    </message>
    <message>
        <source>step {step:,}</source>
        <translation>الخطوة {step:,}</translation>
    </message>
    <message>
        <source>loss {loss:.3f}</source>
        <translation>الخسارة {loss:.3f}</translation>
    </message>
    <message>
        <source>{speed:.0f} steps/s</source>
        <translation>{speed:.0f} خطوة/ث</translation>
    </message>
    <message>
        <source>running on {device}</source>
        <translation>يعمل على {device}</translation>
    </message>
    <message>
        <source>Open a data file</source>
        <translation>فتح ملف بيانات</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>كل الملفات (*)</translation>
    </message>
    <message>
        <source>Esc or a double-click brings every panel back.</source>
        <translation>يعيد Esc أو النقر المزدوج كل اللوحات.</translation>
    </message>
    <message>
        <source>Open a lesson</source>
        <translation>فتح درس</translation>
    </message>
    <message>
        <source>Save the lesson</source>
        <translation>حفظ الدرس</translation>
    </message>
    <message>
        <source>Open a trained model</source>
        <translation>فتح نموذج مدرَّب</translation>
    </message>
    <message>
        <source>Save the trained model</source>
        <translation>حفظ النموذج المدرَّب</translation>
    </message>
    <message>
        <source>Saved the model to {path}</source>
        <translation>حُفظ النموذج في {path}</translation>
    </message>
    <message>
        <source>Save a screenshot</source>
        <translation>حفظ لقطة شاشة</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>صور PNG (*.png)</translation>
    </message>
    <message>
        <source>genviz lessons (*{suffix})</source>
        <translation>دروس genviz (*{suffix})</translation>
    </message>
    <message>
        <source>genviz models (*{suffix})</source>
        <translation>نماذج genviz (*{suffix})</translation>
    </message>
</context>
</TS>
